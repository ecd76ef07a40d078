// kill -9 chaos: phones submit notes through dropped connections and server crashes; then every
// acknowledged note must exist exactly once, nothing else may exist, the event log must have no gap
// or duplicate, and a subscriber resuming with Last-Event-ID must have received every note once.
// run.sh starts the app, reads the progress file this script writes, and kills/restarts the app.
//
// Usage: node chaos.mjs <baseUrl> <adminEmail> <adminPassword> <notes> <phones> <workDir> <database>
// Exit status: 0 when every check holds, 1 when one fails, 2 when the run could not finish.
import http from 'node:http'
import fs from 'node:fs'
import { execFileSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { client } from '../lib/http.mjs'

const [base, adminEmail, adminPassword, notesArg, phonesArg, work, database] = process.argv.slice(2)
const NOTES = Number(notesArg)
const PHONES = Number(phonesArg)
const DROP_RATE = Number(process.env.DROP_RATE ?? 0.3) // share of attempts whose connection the phone drops
const DEADLINE_MS = Number(process.env.DEADLINE_SECONDS ?? 900) * 1000
const RUN = Date.now().toString(36) // in every note's text, so that notes of another run never count
const url = new URL(base)
const started = Date.now()
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
const log = (...parts) => console.log(`[${((Date.now() - started) / 1000).toFixed(1)}s]`, ...parts)

const request = client(base, { timeoutMs: 30_000 })

async function call(method, path, options) {
  const res = await request(method, path, options)
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${res.body}`)
  return res.body ? JSON.parse(res.body) : null
}

// ---- setup: a LIVE workshop with an open round, and phones joined through the staff path --------
// Delegates are invited and checked in by staff, then join with the join code and their email, so
// nothing depends on a personal key coming back from registration.
const { token: staff } = await call('POST', '/api/auth/login', { body: { email: adminEmail, password: adminPassword } })
const now = Date.now()
const startsAt = new Date(now - 3600_000).toISOString()
const endsAt = new Date(now + 8 * 3600_000).toISOString()
const workshop = await call('POST', '/api/workshops', {
  token: staff,
  body: { title: `Chaos ${RUN}`, theme: 'riots-and-mass-gatherings', startsAt, endsAt, timeZone: 'Europe/Brussels', venue: 'Loopback', capacity: 10000 },
})
await call('POST', `/api/workshops/${workshop.id}/transitions`, { token: staff, body: { to: 'SCHEDULED' } })
const session = await call('POST', `/api/workshops/${workshop.id}/sessions`, {
  token: staff, body: { title: 'Chaos', prompt: 'Anything', startsAt, endsAt },
})
await call('POST', `/api/workshops/${workshop.id}/transitions`, { token: staff, body: { to: 'LIVE' } })
await call('POST', `/api/workshops/${workshop.id}/sessions/${session.id}/open`, { token: staff })
const sectors = ['POLICE', 'ACADEMIA', 'INDUSTRY', 'CIVIL_SOCIETY', 'POLICYMAKER', 'MEDIA']
const phoneTokens = []
for (let i = 0; i < PHONES; i++) {
  const email = `phone-${i}-${RUN}@example.org`
  const delegate = await call('POST', `/api/workshops/${workshop.id}/delegates`, {
    token: staff, body: { name: `Phone ${i}`, email, organisation: `Org ${i % 40}`, sector: sectors[i % sectors.length], country: 'BE' },
  })
  await call('POST', `/api/workshops/${workshop.id}/delegates/${delegate.id}/check-in`, { token: staff, body: { consent: true } })
  const joined = await call('POST', '/api/join', { body: { joinCode: workshop.joinCode, email } })
  phoneTokens.push(joined.token)
}
log(`workshop ${workshop.id} LIVE, round ${session.id} open, ${PHONES} phones joined`)

// ---- the subscriber: one SSE stream that resumes with Last-Event-ID whenever it is cut ----------
const subscriber = { lastId: 0, events: 0, reconnects: 0, duplicates: 0, outOfOrder: 0, noteIds: new Map(), open: true }

function follow() {
  if (!subscriber.open) return
  const req = http.get({
    host: url.hostname, port: url.port, path: `/api/workshops/${workshop.id}/events`,
    headers: { Accept: 'text/event-stream', Authorization: `Bearer ${staff}`, 'Last-Event-ID': String(subscriber.lastId) },
  }, (res) => {
    if (res.statusCode !== 200) { res.resume(); again(); return }
    let buffer = ''
    res.setEncoding('utf8')
    res.on('data', (chunk) => {
      buffer += chunk
      let end
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        received(buffer.slice(0, end))
        buffer = buffer.slice(end + 2)
      }
    })
    res.on('end', again)
    res.on('error', again)
  })
  // heartbeats come every 15 s: a silent minute means a dead connection
  req.setTimeout(60_000, () => req.destroy())
  req.on('error', again)
  let retried = false
  function again() {
    if (retried || !subscriber.open) return
    retried = true
    subscriber.reconnects++
    setTimeout(follow, 250)
  }
}

function received(block) {
  let id = null
  let type = null
  let data = ''
  for (const line of block.split('\n')) {
    if (line.startsWith('id:')) id = Number(line.slice(3).trim())
    else if (line.startsWith('event:')) type = line.slice(6).trim()
    else if (line.startsWith('data:')) data += line.slice(line.startsWith('data: ') ? 6 : 5)
  }
  if (id === null) return // a comment: connected, keep-alive
  subscriber.events++
  if (id <= subscriber.lastId) subscriber.duplicates++
  else if (id !== subscriber.lastId + 1) subscriber.outOfOrder++ // staff see every event, so ids must be contiguous
  subscriber.lastId = Math.max(subscriber.lastId, id)
  if (type === 'note.created') {
    const noteId = JSON.parse(data).id
    subscriber.noteIds.set(noteId, (subscriber.noteIds.get(noteId) ?? 0) + 1)
  }
}

follow()

// ---- the phones: each sends its notes one after another, like the SPA's outbox -------------------
const counts = { sent: 0, attempts: 0, retries: 0, dropped: 0, networkErrors: 0, acknowledged: 0, replayedAcks: 0, statuses: {} }
const acknowledged = new Map() // Idempotency-Key -> { noteId, text }
const sentNotes = new Map() // Idempotency-Key -> text, for every note a phone ever tried
let failures = [] // answers that a correct server never gives

async function phone(p, quota) {
  for (let n = 0; n < quota; n++) {
    const key = randomUUID()
    const text = `chaos ${RUN} phone ${p} note ${n}`
    sentNotes.set(key, text)
    counts.sent++
    for (let attempt = 0; ; attempt++) {
      if (Date.now() - started > DEADLINE_MS) return
      if (attempt > 0) counts.retries++
      counts.attempts++
      const drop = Math.random() < DROP_RATE
      try {
        const res = await request('POST', `/api/workshops/${workshop.id}/notes`, {
          token: phoneTokens[p], headers: { 'Idempotency-Key': key },
          body: { text, kind: 'INSIGHT', sessionId: session.id },
          dropAfterMs: drop ? Math.floor(Math.random() * 40) : undefined,
        })
        counts.statuses[res.status] = (counts.statuses[res.status] ?? 0) + 1
        if (res.status === 201) {
          const note = JSON.parse(res.body)
          if (note.text !== text || note.clientKey !== key) failures.push(`ack for ${key} carries another note: ${res.body}`)
          if (acknowledged.has(key) && acknowledged.get(key).noteId !== note.id) failures.push(`two note ids for ${key}`)
          acknowledged.set(key, { noteId: note.id, text })
          if (res.headers['idempotent-replayed'] === 'true') counts.replayedAcks++
          counts.acknowledged++
          break
        }
        if (res.status === 503 || res.status === 429) {
          // the server is saturated and said so: wait as told
          if (!res.headers['retry-after']) failures.push(`${res.status} without Retry-After`)
          await sleep(Math.min(5, Number(res.headers['retry-after'] ?? 1)) * 1000 * (0.5 + Math.random()))
          continue
        }
        if (res.status >= 400 && res.status < 500 && res.status !== 409) {
          // 422 would mean the key is tied to another body; 400/401/403/404 a broken phone: none may happen
          failures.push(`note ${key}: ${res.status} ${res.body.slice(0, 200)}`)
        }
        await sleep(200 + Math.random() * 800)
      } catch (e) {
        if (e.message === 'dropped') counts.dropped++
        else counts.networkErrors++ // the server is down (killed) or restarting
        await sleep(100 + Math.random() * Math.min(2000, 100 * 2 ** attempt))
      }
    }
  }
}

// written whole and renamed, so that run.sh never reads a half-written number
const writeProgress = () => {
  fs.writeFileSync(`${work}/progress.tmp`, String(counts.acknowledged))
  fs.renameSync(`${work}/progress.tmp`, `${work}/progress`)
}
const progress = setInterval(writeProgress, 200)
const ticker = setInterval(() => log(`sent ${counts.sent}, acknowledged ${counts.acknowledged}, retries ${counts.retries}, ` +
  `subscriber at event ${subscriber.lastId} (${subscriber.reconnects} reconnects)`), 5000)
await Promise.all(Array.from({ length: PHONES }, (_, p) =>
  phone(p, Math.floor(NOTES / PHONES) + (p < NOTES % PHONES ? 1 : 0))))
clearInterval(progress)
writeProgress()
const phonesDone = Date.now()
log(`phones done: ${counts.acknowledged} of ${NOTES} acknowledged`)
if (counts.acknowledged < NOTES) {
  console.log(`DEADLINE: only ${counts.acknowledged} of ${NOTES} notes acknowledged within ${DEADLINE_MS / 1000} s`)
}

// ---- checks ----------------------------------------------------------------------------------
function psql(sql) {
  return execFileSync('psql', ['-h', process.env.PG_HOST ?? '127.0.0.1', '-p', process.env.PG_PORT ?? '5432',
    '-U', process.env.PG_USER ?? 'postgres', '-d', database, '-XAtq', '-F', '\t', '-c', sql], { encoding: 'utf8' })
    .split('\n').filter(Boolean).map((line) => line.split('\t'))
}

// In the database: every note of the workshop, by the key its phone sent.
const rows = psql(`select client_key, text, id from note where workshop_id = ${Number(workshop.id)}`)
const byKey = new Map()
for (const [key, text, id] of rows) byKey.set(key, [...(byKey.get(key) ?? []), { text, id: Number(id) }])
let lost = 0
let duplicated = 0
let foreign = 0
for (const [key, { noteId, text }] of acknowledged) {
  const stored = byKey.get(key) ?? []
  if (stored.length === 0) { lost++; failures.push(`acknowledged note ${key} (${text}) is not in the database`) }
  if (stored.length > 1) { duplicated += stored.length - 1; failures.push(`note ${key} is stored ${stored.length} times`) }
  if (stored.length === 1 && (stored[0].id !== noteId || stored[0].text !== text)) failures.push(`note ${key} differs from its ack`)
}
for (const [key, stored] of byKey) {
  if (!sentNotes.has(key) || stored.some((s) => s.text !== sentNotes.get(key))) { foreign += stored.length; failures.push(`note ${key} was sent by no phone`) }
  else if (!acknowledged.has(key) && stored.length > 1) { duplicated += stored.length - 1; failures.push(`unacknowledged note ${key} is stored ${stored.length} times`) }
}
const storedUnacknowledged = [...byKey.keys()].filter((k) => !acknowledged.has(k)).length

// The event log: seq 1..max without a gap or a duplicate, and one note.created per note. Events are
// numbered just after their commit (live/Sequencer): first wait until none is left unnumbered.
const unnumbered = () => Number(psql(`select count(*) from workshop_event
  where workshop_id = ${Number(workshop.id)} and seq is null`)[0][0])
for (const until = Date.now() + 30_000; unnumbered() > 0 && Date.now() < until;) await sleep(250)
const left = unnumbered()
if (left) failures.push(`event log: ${left} events still unnumbered 30 s after the last note`)
const [[events, minSeq, maxSeq, distinctSeq]] = psql(`select count(seq), coalesce(min(seq), 0), coalesce(max(seq), 0), count(distinct seq)
  from workshop_event where workshop_id = ${Number(workshop.id)}`).map((r) => r.map(Number))
const logGaps = maxSeq - minSeq + 1 - distinctSeq
const logDuplicates = events - distinctSeq
if (minSeq !== 1 || logGaps !== 0 || logDuplicates !== 0) failures.push(`event log: ${events} events, seq ${minSeq}..${maxSeq}, ${distinctSeq} distinct`)
const [[createdEvents, createdDistinct, createdOrphans]] = psql(`select count(*), count(distinct e.note_id), count(*) filter (where n.id is null)
  from workshop_event e left join note n on n.id = e.note_id
  where e.workshop_id = ${Number(workshop.id)} and e.type = 'note.created'`).map((r) => r.map(Number))
if (createdEvents !== rows.length || createdDistinct !== rows.length || createdOrphans !== 0) {
  failures.push(`note.created events: ${createdEvents} (${createdDistinct} distinct, ${createdOrphans} without a note) for ${rows.length} notes`)
}

// Through the API: the wall lists each note once.
const listed = new Map()
for (let cursor = null; ;) {
  const res = await request('GET', `/api/workshops/${workshop.id}/notes?limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, { token: staff })
  if (res.status !== 200) { failures.push(`GET notes: ${res.status}`); break }
  for (const note of JSON.parse(res.body)) listed.set(note.id, (listed.get(note.id) ?? 0) + 1)
  cursor = res.headers['x-next-cursor']
  if (!cursor) break
}
const listedTwice = [...listed.values()].filter((c) => c > 1).length
if (listed.size !== rows.length || listedTwice) failures.push(`the notes API lists ${listed.size} notes (${listedTwice} twice) for ${rows.length} stored`)

// The subscriber: wait until it has reached the end of the log, then every note exactly once.
const waitUntil = Date.now() + 60_000
while (subscriber.lastId < maxSeq && Date.now() < waitUntil) await sleep(250)
subscriber.open = false
const missed = rows.filter(([, , id]) => !subscriber.noteIds.has(Number(id))).length
const twice = [...subscriber.noteIds.values()].filter((c) => c > 1).length
if (subscriber.lastId < maxSeq) failures.push(`the subscriber stopped at event ${subscriber.lastId} of ${maxSeq}`)
if (missed || twice || subscriber.duplicates || subscriber.outOfOrder) {
  failures.push(`the subscriber missed ${missed} notes, got ${twice} twice, ${subscriber.duplicates} repeated ids, ${subscriber.outOfOrder} skips`)
}

// A late subscriber replays the whole log in one go (Last-Event-ID: 0), as a phone back after a long absence.
const replay = await new Promise((resolve) => {
  const seen = { events: 0, last: 0, skips: 0 }
  const req = http.get({
    host: url.hostname, port: url.port, path: `/api/workshops/${workshop.id}/events`,
    headers: { Accept: 'text/event-stream', Authorization: `Bearer ${staff}`, 'Last-Event-ID': '0' },
  }, (res) => {
    let buffer = ''
    res.setEncoding('utf8')
    res.on('data', (chunk) => {
      buffer += chunk
      let end
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const id = /^id:\s*(\d+)/m.exec(buffer.slice(0, end))
        buffer = buffer.slice(end + 2)
        if (!id) continue
        seen.events++
        if (Number(id[1]) !== seen.last + 1) seen.skips++
        seen.last = Number(id[1])
        if (seen.last >= maxSeq) { req.destroy(); resolve(seen) }
      }
    })
    res.on('end', () => resolve(seen))
  })
  req.on('error', () => resolve(seen))
  req.setTimeout(30_000, () => { req.destroy(); resolve(seen) })
})
if (replay.events !== maxSeq || replay.skips) failures.push(`a replay from 0 on one connection got ${replay.events} of ${maxSeq} events (${replay.skips} skips)`)

// ---- report ----------------------------------------------------------------------------------
const result = {
  notes: NOTES, phones: PHONES, dropRate: DROP_RATE, sent: counts.sent, attempts: counts.attempts, retries: counts.retries,
  dropped: counts.dropped, networkErrors: counts.networkErrors, acknowledged: counts.acknowledged, replayedAcks: counts.replayedAcks,
  statuses: counts.statuses, stored: rows.length, storedUnacknowledged, lost, duplicated, foreign,
  events, logGaps, logDuplicates, subscriber: { events: subscriber.events, reconnects: subscriber.reconnects, notes: subscriber.noteIds.size, missed, twice },
  replayFromZero: replay, phonesSeconds: Math.round((phonesDone - started) / 1000), seconds: Math.round((Date.now() - started) / 1000),
}
fs.writeFileSync(`${work}/result.json`, JSON.stringify(result, null, 2))
console.log(`
notes sent      ${counts.sent} by ${PHONES} phones (${counts.attempts} attempts: ${counts.retries} retries, ${counts.dropped} dropped by the phone, ${counts.networkErrors} network errors)
answers         ${Object.entries(counts.statuses).map(([s, c]) => `${s}: ${c}`).join(', ')}
acknowledged    ${counts.acknowledged} (${counts.replayedAcks} of them replayed answers)
stored          ${rows.length} (${storedUnacknowledged} committed but never acknowledged)
lost            ${lost}
duplicated      ${duplicated}
not sent        ${foreign}
event log       ${events} events, ${logGaps} gaps, ${logDuplicates} duplicates
subscriber      ${subscriber.events} events over ${subscriber.reconnects + 1} connections, ${subscriber.noteIds.size} notes, ${missed} missed, ${twice} twice
replay from 0   ${replay.events} of ${maxSeq} events, ${replay.skips} skips
time            ${result.phonesSeconds} s until every note was acknowledged, ${result.seconds} s in all`)
if (counts.acknowledged < NOTES) failures.push(`${NOTES - counts.acknowledged} notes never acknowledged`)
if (failures.length) {
  console.log(`\nFAILED (${failures.length}):\n  ${failures.slice(0, 30).join('\n  ')}`)
  process.exit(1)
}
console.log('\nOK: 0 lost, 0 duplicated, no gap, every note delivered once')
process.exit(0)
