// Two instances behind HAProxy (bench/proxy/run.sh starts them): checks through the proxy that
//  1. a note posted to one instance reaches subscribers served by the other;
//  2. with subscribers spread over both instances and notes arriving steadily, SIGKILL of one instance
//     mid-stream loses nothing: every subscriber reconnects through the proxy with Last-Event-ID and ends
//     with every event id exactly once and in order, and every note, retried with its Idempotency-Key
//     until acknowledged, is stored exactly once.
// Usage: node proxy.mjs <proxyUrl> <setup.json> <database> <instance>=<pid> <instance>=<pid>
// Exit status: 0 when every check holds, 1 when one fails, 2 when the run could not finish.
import fs from 'node:fs'
import { execFileSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { client } from '../lib/http.mjs'
import { Subscriber } from './subscriber.mjs'

const [proxyUrl, setupFile, database, ...instanceArgs] = process.argv.slice(2)
const base = new URL(proxyUrl)
const setup = JSON.parse(fs.readFileSync(setupFile, 'utf8'))
const pids = Object.fromEntries(instanceArgs.map((a) => a.split('=')).map(([name, pid]) => [name, Number(pid)]))
const SUBSCRIBERS = Number(process.env.SUBSCRIBERS ?? 20)
const POSTERS = Math.min(Number(process.env.POSTERS ?? 5), setup.delegateTokens.length)
const PAUSE_MS = Number(process.env.PAUSE_MS ?? 250) // each poster's pause between notes
const BEFORE_KILL_MS = Number(process.env.BEFORE_KILL_MS ?? 6000)
const AFTER_KILL_MS = Number(process.env.AFTER_KILL_MS ?? 8000)
const DEADLINE_MS = Number(process.env.DEADLINE_SECONDS ?? 90) * 1000
const started = Date.now()
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
const log = (...parts) => console.log(`[${((Date.now() - started) / 1000).toFixed(1)}s]`, ...parts)
const failures = []
const fail = (message) => { failures.push(message); log(`FAIL ${message}`) }
setTimeout(() => { console.log(`DEADLINE: the run did not finish in ${DEADLINE_MS / 1000} s`); process.exit(2) }, DEADLINE_MS).unref()

const request = client(base, { timeoutMs: 15_000 })

function psql(sql) {
  return execFileSync('psql', ['-h', process.env.PG_HOST ?? '127.0.0.1', '-p', process.env.PG_PORT ?? '5432',
    '-U', process.env.PG_USER ?? 'postgres', '-d', database, '-XAtq', '-F', '\t', '-c', sql], { encoding: 'utf8' })
    .split('\n').filter(Boolean).map((line) => line.split('\t'))
}

// ---- posting: like the SPA's outbox, a note is retried with its key until it is acknowledged ----
const RUN = Date.now().toString(36)
const sent = new Map() // key -> text
const acknowledged = new Map() // key -> { noteId, servedBy }
const posts = { attempts: 0, retries: 0, networkErrors: 0, statuses: {} }

async function post(token, text) {
  const key = randomUUID()
  sent.set(key, text)
  for (let attempt = 0; ; attempt++) {
    if (attempt > 0) posts.retries++
    posts.attempts++
    try {
      const res = await request('POST', `/api/workshops/${setup.workshopId}/notes`, {
        token, headers: { 'Idempotency-Key': key }, body: { text, kind: 'INSIGHT', sessionId: setup.sessionId },
      })
      posts.statuses[res.status] = (posts.statuses[res.status] ?? 0) + 1
      if (res.status === 201 || res.status === 200) {
        const note = JSON.parse(res.body)
        if (note.clientKey !== undefined && note.clientKey !== key) fail(`the answer to ${key} is note ${note.id} of key ${note.clientKey}`)
        const previous = acknowledged.get(key)
        if (previous && previous.noteId !== note.id) fail(`two note ids for key ${key}`)
        const ack = { noteId: note.id, servedBy: res.headers['x-served-by'] }
        acknowledged.set(key, ack)
        return ack
      }
      if (res.status === 429 || res.status === 503) {
        await sleep(Math.min(5, Number(res.headers['retry-after'] ?? 1)) * 1000)
        continue
      }
      // 502/504: the proxy lost the instance mid-request (committed or not: the key settles it); 409: the
      // same key still in progress elsewhere
      if (![409, 502, 504].includes(res.status)) fail(`note ${key}: ${res.status} ${res.body.slice(0, 200)}`)
    } catch (e) {
      posts.networkErrors++
    }
    await sleep(100 + Math.random() * 200)
  }
}

// ---- 1. one instance's note reaches the other instance's subscribers ------------------------
const noteSeen = new Map() // note id -> Map(subscriber -> ms when seen)
const onEvent = (subscriber, event) => {
  if (event.type !== 'note.created') return
  const id = JSON.parse(event.data).id
  if (!noteSeen.has(id)) noteSeen.set(id, new Map())
  noteSeen.get(id).set(subscriber, Date.now())
}
const subscribers = []
for (let i = 0; i < SUBSCRIBERS; i++) {
  const s = new Subscriber(base, setup.workshopId, setup.staffToken, onEvent)
  subscribers.push(s)
  await s.start()
}
// a control: a stream straight from the instance that survives, not through the proxy; when streams lag
// it tells the proxy's share from the app's
const control = process.env.CONTROL_URL ? new Subscriber(new URL(process.env.CONTROL_URL), setup.workshopId, setup.staffToken) : null
await control?.start()
const spread = () => subscribers.reduce((m, s) => m.set(s.servedBy, (m.get(s.servedBy) ?? 0) + 1), new Map())
log(`${SUBSCRIBERS} subscribers through the proxy: ${[...spread()].map(([k, v]) => `${v} on ${k}`).join(', ')}`)
const instances = Object.keys(pids)
for (const name of instances) if (!spread().get(name)) fail(`no subscriber is served by ${name}: the proxy does not spread the streams`)

const crossed = {}
for (let i = 0; i < 30 && Object.keys(crossed).length < instances.length; i++) {
  const sentAt = Date.now()
  const ack = await post(setup.delegateTokens[0], `cross ${RUN} ${i}`)
  if (!ack.servedBy || !pids[ack.servedBy]) { fail(`the note's answer names no known instance (X-Served-By: ${ack.servedBy})`); break }
  if (crossed[ack.servedBy]) continue
  const others = subscribers.filter((s) => s.servedBy !== ack.servedBy)
  const until = Date.now() + 10_000
  while (Date.now() < until && others.some((s) => !noteSeen.get(ack.noteId)?.has(s))) await sleep(20)
  const missing = others.filter((s) => !noteSeen.get(ack.noteId)?.has(s)).length
  const slowest = Math.max(...others.map((s) => (noteSeen.get(ack.noteId)?.get(s) ?? Date.now()) - sentAt))
  crossed[ack.servedBy] = { others: others.length, missing, slowest }
  if (missing) fail(`a note posted to ${ack.servedBy} did not reach ${missing} of ${others.length} subscribers on the other instance in 10 s`)
  else log(`a note posted to ${ack.servedBy} reached the ${others.length} subscribers on the other instance within ${slowest} ms of posting`)
}
for (const name of instances) if (!crossed[name]) fail(`no note was served by ${name} in 30 posts`)

// ---- 2. SIGKILL one instance while notes arrive steadily ----------------------------------
const victim = instances[0]
let killedAt = null
let stopPosting = false
const posters = Array.from({ length: POSTERS }, async (_, p) => {
  for (let n = 0; !stopPosting; n++) {
    await post(setup.delegateTokens[p % setup.delegateTokens.length], `steady ${RUN} poster ${p} note ${n}`)
    await sleep(PAUSE_MS * (0.5 + Math.random()))
  }
})
await sleep(BEFORE_KILL_MS)
const onVictim = subscribers.filter((s) => s.servedBy === victim).length
const inFlightBefore = acknowledged.size
process.kill(pids[victim], 'SIGKILL')
killedAt = Date.now()
log(`kill -9 ${victim} (pid ${pids[victim]}), which served ${onVictim} subscribers; ${inFlightBefore} notes acknowledged so far`)
await sleep(AFTER_KILL_MS)
stopPosting = true
await Promise.all(posters)
const postingDone = Date.now()
log(`posting done: ${acknowledged.size} of ${sent.size} notes acknowledged, ${posts.retries} retries`)

// ---- checks ----------------------------------------------------------------------------------
const id = Number(setup.workshopId)
// every note the clients sent is stored once, by its key, and nothing else
const stored = psql(`select client_key, count(*), min(id) from note where workshop_id = ${id} group by client_key`)
const byKey = new Map(stored.map(([key, count, noteId]) => [key, { count: Number(count), noteId: Number(noteId) }]))
let lost = 0
let doubled = 0
for (const [key] of sent) {
  const row = byKey.get(key)
  if (!row) { lost++; if (lost <= 5) fail(`note ${key} (${sent.get(key)}) is not stored`) }
  else if (row.count > 1) { doubled++; fail(`note ${key} is stored ${row.count} times`) }
  else if (acknowledged.get(key) && acknowledged.get(key).noteId !== row.noteId) fail(`note ${key} was acknowledged as another note`)
}
const foreign = [...byKey.keys()].filter((k) => !sent.has(k)).length
if (foreign) fail(`${foreign} stored notes were sent by no client`)
if (acknowledged.size !== sent.size) fail(`${sent.size - acknowledged.size} notes were never acknowledged`)

// the event log: wait until every note has its event (numbering may trail the commit), then 1..max once each
let maxSeq = 0
for (const until = Date.now() + 15_000; ;) {
  const [[events, distinct, top, created]] = psql(`select count(seq), count(distinct seq), coalesce(max(seq), 0),
    count(seq) filter (where type = 'note.created') from workshop_event where workshop_id = ${id}`).map((r) => r.map(Number))
  maxSeq = top
  if (created >= stored.length || Date.now() > until) {
    if (created !== stored.length) fail(`${created} note.created events for ${stored.length} notes`)
    if (events !== distinct || distinct !== top) fail(`event log: ${events} events, ${distinct} distinct seq, max ${top}`)
    break
  }
  await sleep(200)
}

// every subscriber catches up to the end of the log, with every id exactly once and in order
const catchUpFrom = Date.now()
for (const until = Date.now() + 30_000; Date.now() < until && subscribers.some((s) => s.lastId < maxSeq);) await sleep(100)
const catchUpMs = Date.now() - catchUpFrom
log(`event log complete at ${maxSeq}; subscribers at ${[...new Set(subscribers.map((s) => s.lastId))].join(', ')} after ${catchUpMs} ms` +
  (control ? `; the direct control stream at ${control.lastId}` : '') +
  `; last events ${Math.min(...subscribers.map((s) => s.lastAt - postingDone))}..${Math.max(...subscribers.map((s) => s.lastAt - postingDone))} ms after the last post` +
  (control ? ` (control ${control.lastAt - postingDone} ms)` : ''))
control?.stop()
// a stuck stream: does a fresh connection from the same point get the rest? (tells a stalled push from a bad log)
const behind = Math.min(...subscribers.map((s) => s.lastId))
let probe = null
if (behind < maxSeq) {
  const fresh = new Subscriber(base, setup.workshopId, setup.staffToken)
  fresh.lastId = behind
  await fresh.start()
  for (const until = Date.now() + 5_000; Date.now() < until && fresh.lastId < maxSeq;) await sleep(100)
  fresh.stop()
  probe = `a new stream from ${behind} (on ${fresh.connections[0]}) got to ${fresh.lastId} of ${maxSeq}`
  log(probe)
}
let broken = 0
let subscriberFailures = 0
for (const [i, s] of subscribers.entries()) {
  s.stop()
  if (s.breaks) broken++
  const problems = s.problems(maxSeq)
  if (problems.length) { subscriberFailures++; fail(`subscriber ${i} (${s.connections.join(' -> ')}): ${problems.join('; ')}`) }
  if (s.connections.includes(victim) && s.connections.at(-1) === victim && s.breaks) fail(`subscriber ${i} is still on the killed ${victim}`)
}
if (broken < onVictim) fail(`only ${broken} subscribers saw their stream break, ${onVictim} were on ${victim}`)
const moved = subscribers.filter((s) => s.connections.length > 1 && s.connections[0] === victim).length
const notesSeen = [...noteSeen.values()]
const everywhere = [...byKey.values()].filter(({ noteId }) => noteSeen.get(noteId)?.size === SUBSCRIBERS).length

console.log(`
subscribers     ${SUBSCRIBERS} (${onVictim} on ${victim} when it was killed; ${broken} streams broke, ${moved} resumed on another instance)
events          1..${maxSeq} in the log; every subscriber got ${subscriberFailures ? 'NOT ' : ''}each id once, in order${probe ? `\n                ${probe}` : ''}
cross-instance  ${instances.map((n) => `posted to ${n}: ${crossed[n] ? `${crossed[n].others - crossed[n].missing}/${crossed[n].others} on the other within ${crossed[n].slowest} ms` : 'none'}`).join('; ')}
notes           ${sent.size} sent by ${POSTERS} posters, ${acknowledged.size} acknowledged, ${stored.length} stored; ${lost} lost, ${doubled} doubled, ${foreign} foreign
                ${posts.attempts} attempts (${posts.retries} retries, ${posts.networkErrors} network errors; answers ${Object.entries(posts.statuses).map(([s, c]) => `${s}: ${c}`).join(', ')})
                ${everywhere} of ${stored.length} notes reached all ${SUBSCRIBERS} subscribers (${notesSeen.length} seen in all)
time            ${((Date.now() - started) / 1000).toFixed(1)} s`)
if (failures.length) {
  console.log(`\nFAILED (${failures.length}):\n  ${failures.slice(0, 30).join('\n  ')}`)
  process.exit(1)
}
console.log('\nOK: delivered across instances; after kill -9 no subscriber missed or doubled an event, every note stored once')
process.exit(0)
