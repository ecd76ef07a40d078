// Fan-out: N SSE subscribers on one workshop while notes arrive at a fixed rate.
// Measures submit-to-delivery latency (p50/p99 over every delivery) and the app's peak RSS.
// Usage: node fanout.mjs <baseUrl> <setup.json> <subscribers> <notesPerSecond> <seconds> <appPid>
import http from 'node:http'
import fs from 'node:fs'
import { randomUUID } from 'node:crypto'

const [base, setupFile, subscribersArg, rateArg, secondsArg, pid] = process.argv.slice(2)
const setup = JSON.parse(fs.readFileSync(setupFile, 'utf8'))
const subscribers = Number(subscribersArg)
const rate = Number(rateArg)
const seconds = Number(secondsArg)
const url = new URL(`/api/workshops/${setup.workshopId}/events`, base)
const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity })

const latencies = []
let connected = 0
let failed = 0
const requests = []

function subscribe(i) {
  return new Promise((resolve) => {
    // half staff (the projector, facilitators), half delegates (phones)
    const token = i % 2 === 0 ? setup.staffToken : setup.delegateTokens[i % setup.delegateTokens.length]
    const req = http.get(url, { agent, headers: { Accept: 'text/event-stream', Authorization: `Bearer ${token}` } }, (res) => {
      if (res.statusCode !== 200) { failed++; resolve(); return }
      connected++
      resolve()
      let buffer = ''
      res.setEncoding('utf8')
      res.on('data', (chunk) => {
        buffer += chunk
        let end
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end)
          buffer = buffer.slice(end + 2)
          if (!block.includes('event:note.created') && !block.includes('event: note.created')) continue
          const data = block.split('\n').find((l) => l.startsWith('data:'))
          const match = data && /bench (\d+)/.exec(data)
          if (match) latencies.push(Date.now() - Number(match[1]))
        }
      })
      res.on('error', () => {})
    })
    req.on('error', () => { failed++; resolve() })
    requests.push(req)
  })
}

function rssKb() {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
    return Number(/VmRSS:\s+(\d+)/.exec(status)[1])
  } catch { return 0 }
}

for (let i = 0; i < subscribers; i += 100) {
  await Promise.all(Array.from({ length: Math.min(100, subscribers - i) }, (_, k) => subscribe(i + k)))
}
await new Promise((r) => setTimeout(r, 1000))
let peakRss = rssKb()
const sampler = setInterval(() => { peakRss = Math.max(peakRss, rssKb()) }, 200)

let sent = 0
let sendErrors = 0
const total = rate * seconds
await new Promise((resolve) => {
  const timer = setInterval(async () => {
    if (sent >= total) { clearInterval(timer); resolve(); return }
    const n = sent++
    const token = setup.delegateTokens[n % setup.delegateTokens.length]
    try {
      const response = await fetch(new URL(`/api/workshops/${setup.workshopId}/notes`, base), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, 'Idempotency-Key': randomUUID() },
        body: JSON.stringify({ text: `bench ${Date.now()} ${n}`, kind: 'INSIGHT', sessionId: setup.sessionId }),
      })
      if (response.status !== 201) sendErrors++
      await response.arrayBuffer()
    } catch { sendErrors++ }
  }, 1000 / rate)
})
await new Promise((r) => setTimeout(r, 3000))
clearInterval(sampler)
peakRss = Math.max(peakRss, rssKb())
requests.forEach((r) => r.destroy())

latencies.sort((a, b) => a - b)
const pick = (q) => latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] : NaN
const expected = connected * (sent - sendErrors)
console.log(JSON.stringify({
  subscribers, connected, failedToConnect: failed, notesSent: sent, sendErrors,
  deliveries: latencies.length, expectedDeliveries: expected,
  p50ms: pick(0.5), p99ms: pick(0.99), maxMs: latencies[latencies.length - 1], peakRssMb: Math.round(peakRss / 1024),
}))
process.exit(0)
