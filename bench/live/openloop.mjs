// Open-loop note submission: notes arrive at a fixed rate whatever the server does (no coordinated
// omission). Each note's latency is measured from the moment it was due to be sent, not from when it was
// actually sent, so a stall on either side counts against the server.
// Usage: node openloop.mjs <baseUrl> <setup.json> <notes per second> <seconds>
// Prints one JSON line: { rate, seconds, sent, ok, errors, statuses, p50, p90, p99, max } (ms).
import http from 'node:http'
import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'

const [base, setupFile, rateArg = '300', secondsArg = '20'] = process.argv.slice(2)
const setup = JSON.parse(readFileSync(setupFile, 'utf8'))
const rate = Number(rateArg)
const seconds = Number(secondsArg)
const total = Math.round(rate * seconds)
const url = new URL(base)
const agent = new http.Agent({ keepAlive: true, maxSockets: 512 })
const path = `/api/workshops/${setup.workshopId}/notes`

const latencies = []
const statuses = {}
let errors = 0
let finished = 0

function send(i, due) {
  const body = JSON.stringify({ text: `open-loop note ${i}`, kind: 'INSIGHT', sessionId: setup.sessionId })
  const request = http.request({
    host: url.hostname, port: url.port, path, method: 'POST', agent,
    headers: {
      'Content-Type': 'application/json',
      'Content-Length': Buffer.byteLength(body),
      Authorization: `Bearer ${setup.delegateTokens[i % setup.delegateTokens.length]}`,
      'Idempotency-Key': randomUUID(),
    },
  }, (response) => {
    response.resume()
    response.on('end', () => {
      statuses[response.statusCode] = (statuses[response.statusCode] || 0) + 1
      if (response.statusCode === 201) latencies.push(performance.now() - due)
      else errors++
      done()
    })
  })
  request.on('error', () => { errors++; statuses.error = (statuses.error || 0) + 1; done() })
  request.end(body)
}

function done() {
  if (++finished === total) report()
}

function percentile(sorted, p) {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

function report() {
  const sorted = latencies.sort((a, b) => a - b)
  const round = (x) => Math.round(x * 10) / 10
  console.log(JSON.stringify({
    rate, seconds, sent: total, ok: sorted.length, errors, statuses,
    p50: round(percentile(sorted, 50)), p90: round(percentile(sorted, 90)), p99: round(percentile(sorted, 99)),
    max: round(sorted[sorted.length - 1]),
  }))
  agent.destroy()
}

const start = performance.now() + 100
let next = 0
function tick() {
  const now = performance.now()
  while (next < total && start + (next * 1000) / rate <= now) {
    send(next, start + (next * 1000) / rate)
    next++
  }
  if (next < total) setTimeout(tick, 1)
}
setTimeout(tick, 100)
