// One reader of a workshop's live stream (Server-Sent Events) that behaves like the SPA: when the stream
// breaks it reconnects after a short pause with Last-Event-ID, so that the server replays what it missed.
// It records every event id it gets, in order, and which instance served each connection (X-Served-By).
import http from 'node:http'

export class Subscriber {
  /**
   * @param {URL} base the proxy (or an instance)
   * @param {number} workshopId
   * @param {string} token a staff token: staff see every event, so ids arrive contiguous
   * @param {(subscriber: Subscriber, event: {id: number, type: string, data: string}) => void} [onEvent]
   */
  constructor(base, workshopId, token, onEvent = () => {}) {
    Object.assign(this, { base, workshopId, token, onEvent })
    this.lastId = 0
    this.ids = [] // every event id received, in arrival order
    this.connections = [] // the instance that served each connection
    this.servedBy = null // the instance serving the current connection
    this.breaks = 0
    this.open = false
    this.connected = null
  }

  /** Connects (from Last-Event-ID 0: the whole log) and resolves once the first connection is served. */
  start() {
    this.open = true
    return new Promise((resolve, reject) => {
      this.connected = { resolve, reject }
      this.#connect()
    })
  }

  stop() {
    this.open = false
    this.request?.destroy()
  }

  #connect() {
    if (!this.open) return
    let retried = false
    const again = () => {
      if (retried || !this.open) return
      retried = true
      this.servedBy = null
      this.breaks++
      setTimeout(() => this.#connect(), 200 + Math.random() * 300)
    }
    const req = http.get({
      host: this.base.hostname, port: this.base.port, path: `/api/workshops/${this.workshopId}/events`,
      headers: { Accept: 'text/event-stream', Authorization: `Bearer ${this.token}`, 'Last-Event-ID': String(this.lastId) },
    }, (res) => {
      if (res.statusCode !== 200) { res.resume(); again(); return }
      this.servedBy = res.headers['x-served-by'] ?? '?'
      this.connections.push(this.servedBy)
      if (this.connected) { this.connected.resolve(this); this.connected = null }
      let buffer = ''
      res.setEncoding('utf8')
      res.on('data', (chunk) => {
        buffer += chunk
        let end
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          this.#received(buffer.slice(0, end))
          buffer = buffer.slice(end + 2)
        }
      })
      res.on('end', again)
      res.on('error', again)
      res.on('close', again)
    })
    this.request = req
    // heartbeats come every 15 s: a silent minute means a dead connection
    req.setTimeout(60_000, () => req.destroy())
    req.on('error', again)
  }

  #received(block) {
    let id = null
    let type = null
    let data = ''
    for (const line of block.split('\n')) {
      if (line.startsWith('id:')) id = Number(line.slice(3).trim())
      else if (line.startsWith('event:')) type = line.slice(6).trim()
      else if (line.startsWith('data:')) data += line.slice(line.startsWith('data: ') ? 6 : 5)
    }
    if (id === null) return // a comment: connected, keep-alive
    this.ids.push(id)
    this.lastAt = Date.now()
    this.lastId = Math.max(this.lastId, id)
    this.onEvent(this, { id, type, data })
  }

  /** What is wrong with the ids received against 1..last: gaps, repeats, disorder (empty when none). */
  problems(last) {
    const found = []
    let expected = 1
    for (const id of this.ids) {
      if (id === expected) { expected++; continue }
      found.push(id < expected ? `got ${id} again after ${expected - 1}` : `skipped ${expected}..${id - 1}`)
      expected = Math.max(expected, id + 1)
      if (found.length >= 3) break
    }
    if (expected - 1 < last) found.push(`stopped at ${expected - 1} of ${last}`)
    return found
  }
}
