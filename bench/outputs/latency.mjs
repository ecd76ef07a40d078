// Report latency through the API, one request at a time: p50/p95/max over the runs, after warm-up.
// With APP_PID set, also the app's CPU time per request (user + system, all its threads, from /proc):
// about what a request takes on an otherwise idle machine, when the wall-clock figures are those of a
// busy one.
// Usage: [APP_PID=n] node latency.mjs <baseUrl> <token> <path> <runs> [warmups]
import fs from 'node:fs'
const [base, token, path, runsArg = '20', warmupsArg = '3'] = process.argv.slice(2)
const pid = process.env.APP_PID
const ticksPerSecond = 100 // USER_HZ on Linux
function cpuSeconds() {
  if (!pid) return 0
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
  return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond
}
function loadAverage() {
  return fs.readFileSync('/proc/loadavg', 'utf8').split(' ')[0]
}

async function time() {
  const start = performance.now()
  const response = await fetch(base + path, { headers: { Authorization: `Bearer ${token}` } })
  const body = await response.arrayBuffer()
  if (!response.ok) throw new Error(`${path}: ${response.status} ${Buffer.from(body).toString()}`)
  return { ms: performance.now() - start, bytes: body.byteLength }
}
for (let i = 0; i < Number(warmupsArg); i++) await time()
const times = []
let bytes = 0
const cpuBefore = cpuSeconds()
const loadBefore = loadAverage()
for (let i = 0; i < Number(runsArg); i++) {
  const result = await time()
  times.push(result.ms)
  bytes = result.bytes
}
const cpuPerRequestMs = pid ? Math.round(((cpuSeconds() - cpuBefore) * 1000) / times.length) : undefined
times.sort((a, b) => a - b)
const q = (p) => Math.round(times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)])
console.log(
  JSON.stringify({
    path,
    runs: times.length,
    p50ms: q(0.5),
    p95ms: q(0.95),
    maxMs: Math.round(times.at(-1)),
    cpuPerRequestMs,
    bytes,
    loadAverage: `${loadBefore} → ${loadAverage()}`,
  }),
)
