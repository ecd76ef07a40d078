// Fan-out across instances: N SSE subscribers on one workshop, opened through a proxy (or straight to
// one instance) by several Node worker processes, while notes arrive at a fixed rate.
// Measures submit-to-delivery latency over every delivery (p50/p99/max), events missed and doubled per
// subscriber, reconnects, how the streams spread over the instances (X-Served-By) and each instance's
// peak RSS (/proc/PID/status VmRSS, sampled every 200 ms), and the CPU each instance used per 1,000 deliveries.
// A subscriber that the server drops (it closes slow clients) reconnects with Last-Event-ID, as the SPA
// does; the replayed events count, with their (late) latency.
// Usage: node fanout.mjs <baseUrl> <setup.json> <subscribers> <notesPerSecond> <seconds> <pid[,pid...]> [workers]
import http from 'node:http'
import fs from 'node:fs'
import { fork } from 'node:child_process'
import { randomUUID } from 'node:crypto'

if (process.argv[2] === '--worker') {
  worker(JSON.parse(process.argv[3]))
} else {
  await coordinator()
}

/** Opens subscribers [from, to) and counts what they receive; reports a histogram when told to stop. */
function worker({ base, setupFile, from, to, totalNotes }) {
  const setup = JSON.parse(fs.readFileSync(setupFile, 'utf8'))
  const url = new URL(`/api/workshops/${setup.workshopId}/events`, base)
  const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity })
  const histogram = new Map() // latency ms -> deliveries
  const servedBy = {}
  let deliveries = 0
  let chunks = 0
  let bytes = 0
  let duplicates = 0
  let reconnects = 0
  let failed = 0
  let stopping = false
  const subs = []

  function open(sub, first) {
    return new Promise((resolve) => {
      const headers = { Accept: 'text/event-stream', Authorization: `Bearer ${sub.token}` }
      if (sub.lastId !== null) headers['Last-Event-ID'] = String(sub.lastId)
      const req = http.get(url, { agent, headers }, (res) => {
        if (res.statusCode !== 200) {
          failed++
          res.resume()
          resolve()
          if (!first && !stopping) setTimeout(() => open(sub, false), 500)
          return
        }
        const server = res.headers['x-served-by'] || 'direct'
        servedBy[server] = (servedBy[server] || 0) + 1
        resolve()
        let buffer = ''
        res.setEncoding('utf8')
        res.on('data', (chunk) => {
          // several events may come in one chunk (the server writes what waited together): scan, don't re-slice
          chunks++
          bytes += chunk.length
          buffer = buffer.length ? buffer + chunk : chunk
          let start = 0
          let end
          while ((end = buffer.indexOf('\n\n', start)) >= 0) {
            const block = buffer.slice(start, end)
            start = end + 2
            if (block.startsWith('id:')) sub.lastId = parseInt(block.slice(3), 10)
            if (!block.includes('\nevent:note.created\n')) continue
            const at = block.indexOf('bench ')
            if (at < 0) continue
            const space = block.indexOf(' ', at + 6)
            const sentAt = Number(block.slice(at + 6, space))
            const n = parseInt(block.slice(space + 1), 10)
            if (n < totalNotes && sub.seen[n]) { duplicates++; continue }
            if (n < totalNotes) sub.seen[n] = 1
            const ms = Date.now() - sentAt
            histogram.set(ms, (histogram.get(ms) || 0) + 1)
            deliveries++
          }
          buffer = start ? buffer.slice(start) : buffer
        })
        const ended = () => {
          if (sub.req !== req || stopping) return
          reconnects++
          setTimeout(() => open(sub, false), 100)
        }
        res.on('end', ended)
        res.on('error', ended)
      })
      req.on('error', () => {
        if (sub.req !== req) return
        if (first) failed++
        resolve()
        if (!stopping) setTimeout(() => open(sub, false), 500)
      })
      sub.req = req
    })
  }

  process.on('message', async (message) => {
    if (message === 'open') {
      for (let i = from; i < to; i++) {
        // half staff (projector, facilitators), half delegates (phones)
        const token = i % 2 === 0 ? setup.staffToken : setup.delegateTokens[i % setup.delegateTokens.length]
        subs.push({ token, lastId: null, seen: new Uint8Array(totalNotes), req: null })
      }
      for (let i = 0; i < subs.length; i += 50) {
        await Promise.all(subs.slice(i, i + 50).map((s) => open(s, true)))
      }
      process.send({ opened: subs.length - failed, failed, servedBy })
    } else if (message === 'stop') {
      stopping = true
      subs.forEach((s) => s.req && s.req.destroy())
      let missed = 0
      for (const s of subs) for (let n = 0; n < totalNotes; n++) if (!s.seen[n]) missed++
      process.send({ histogram: [...histogram], deliveries, chunks, bytes, duplicates, reconnects, failed, missed, servedBy })
      setTimeout(() => process.exit(0), 100)
    }
  })
}

async function coordinator() {
  const [base, setupFile, subscribersArg, rateArg, secondsArg, pidsArg, workersArg = '2'] = process.argv.slice(2)
  const setup = JSON.parse(fs.readFileSync(setupFile, 'utf8'))
  const subscribers = Number(subscribersArg)
  const rate = Number(rateArg)
  const seconds = Number(secondsArg)
  const pids = pidsArg.split(',')
  const workers = Number(workersArg)
  const totalNotes = rate * seconds

  const rss = () => pids.map((pid) => {
    try {
      return Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))[1])
    } catch { return 0 }
  })
  // CPU seconds each instance spent (utime + stime, in clock ticks of 1/100 s) and how busy the whole machine
  // was, over the notes and the stragglers: steadier than a p99 on a saturated machine when comparing builds
  const cpuTicks = () => pids.map((pid) => {
    try {
      const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
      return { user: Number(fields[11]), system: Number(fields[12]) }
    } catch { return { user: 0, system: 0 } }
  })
  const machineTicks = () => {
    const [, ...values] = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/)
    const numbers = values.map(Number)
    return { total: numbers.reduce((a, b) => a + b, 0), idle: numbers[3] + numbers[4] }
  }
  const peak = rss()
  const sampler = setInterval(() => rss().forEach((kb, i) => { peak[i] = Math.max(peak[i], kb) }), 200)

  const children = []
  const per = Math.ceil(subscribers / workers)
  for (let w = 0; w < workers; w++) {
    const from = w * per
    const to = Math.min(subscribers, from + per)
    const child = fork(new URL(import.meta.url).pathname, ['--worker', JSON.stringify({ base, setupFile, from, to, totalNotes })])
    children.push(child)
  }
  const ask = (child, message) => new Promise((resolve) => {
    child.once('message', resolve)
    child.send(message)
  })
  const opened = await Promise.all(children.map((c) => ask(c, 'open')))
  const connected = opened.reduce((a, o) => a + o.opened, 0)
  await new Promise((r) => setTimeout(r, 2000))
  const rssConnected = rss()

  // the notes: one every 1/rate s, each from a delegate, through the same base URL
  const cpuBefore = cpuTicks()
  const machineBefore = machineTicks()
  let sent = 0
  let sendErrors = 0
  const postTimes = [] // how long each post took to be answered: part of every delivery's latency
  const posts = []
  await new Promise((resolve) => {
    const timer = setInterval(() => {
      if (sent >= totalNotes) { clearInterval(timer); resolve(); return }
      const n = sent++
      const postedAt = Date.now()
      const token = setup.delegateTokens[n % setup.delegateTokens.length]
      posts.push(fetch(new URL(`/api/workshops/${setup.workshopId}/notes`, base), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, 'Idempotency-Key': randomUUID() },
        body: JSON.stringify({ text: `bench ${Date.now()} ${n}`, kind: 'INSIGHT', sessionId: setup.sessionId }),
      }).then(async (response) => {
        if (response.status !== 201) sendErrors++
        await response.arrayBuffer()
        postTimes.push(Date.now() - postedAt)
      }).catch(() => { sendErrors++ }))
    }, 1000 / rate)
  })
  await Promise.all(posts)
  await new Promise((r) => setTimeout(r, 5000)) // stragglers
  clearInterval(sampler)
  const cpuSpent = cpuTicks().map((t, i) => ({ user: t.user - cpuBefore[i].user, system: t.system - cpuBefore[i].system }))
  const cpuSeconds = cpuSpent.map((t) => (t.user + t.system) / 100)
  const kernelShare = cpuSpent.map((t) => Math.round((100 * t.system) / Math.max(1, t.user + t.system)))
  const machineAfter = machineTicks()
  const machineBusy = 1 - (machineAfter.idle - machineBefore.idle) / (machineAfter.total - machineBefore.total)
  rss().forEach((kb, i) => { peak[i] = Math.max(peak[i], kb) })
  const results = await Promise.all(children.map((c) => ask(c, 'stop')))

  const histogram = new Map()
  const servedBy = {}
  const sum = (key) => results.reduce((a, r) => a + r[key], 0)
  for (const r of results) {
    for (const [ms, count] of r.histogram) histogram.set(ms, (histogram.get(ms) || 0) + count)
  }
  for (const o of opened) for (const [k, v] of Object.entries(o.servedBy)) servedBy[k] = (servedBy[k] || 0) + v
  const sorted = [...histogram].sort((a, b) => a[0] - b[0])
  const deliveries = sum('deliveries')
  const pick = (q) => {
    let seen = 0
    const target = Math.min(deliveries - 1, Math.floor(q * deliveries))
    for (const [ms, count] of sorted) { seen += count; if (seen > target) return ms }
    return NaN
  }
  console.log(JSON.stringify({
    subscribers, connected, failedToConnect: opened.reduce((a, o) => a + o.failed, 0), servedBy,
    notesSent: sent, sendErrors, deliveries, expectedDeliveries: connected * (sent - sendErrors),
    missed: sum('missed') - subscribers * sendErrors, duplicates: sum('duplicates'), reconnects: sum('reconnects'),
    // what the streams carried: reads (chunks) per delivery show how far writes were batched
    chunks: sum('chunks'), bytesPerDelivery: Math.round(sum('bytes') / Math.max(1, deliveries)),
    postP50ms: postTimes.sort((a, b) => a - b)[Math.floor(postTimes.length / 2)] ?? NaN,
    p50ms: pick(0.5), p99ms: pick(0.99), maxMs: sorted.length ? sorted[sorted.length - 1][0] : NaN,
    // each instance's CPU over the notes and 5 s of stragglers, per 1,000 deliveries it made, and the machine's load
    cpuSeconds, cpuMsPer1000: cpuSeconds.map((cpu) => Math.round((cpu * 1e7) / Math.max(1, deliveries / pids.length)) / 10),
    kernelPct: kernelShare, machineBusyPct: Math.round(machineBusy * 100),
    rssConnectedMb: rssConnected.map((kb) => Math.round(kb / 1024)), peakRssMb: peak.map((kb) => Math.round(kb / 1024)),
  }))
  process.exit(0)
}
