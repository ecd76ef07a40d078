// What a new user does first, through HTTP only, against a running Workshop Hub:
// every staff sign-in reads /api/me; the SPA answers / and a deep link; a delegate registers to a
// LIVE workshop (202, the link goes by email), the organiser issues them a personal link, they join
// with the personal key, post a note, and read it back from the notes API and
// from the event stream. With SMOKE_MANAGEMENT_URL (e.g. http://localhost:9000) it also checks that
// health, metrics and the API docs answer there and not on the public port, and that the SPA's made-up
// addresses do not become metric labels. Any miss exits non-zero with a sentence saying what failed.
//
//   [SMOKE_MANAGEMENT_URL=...] node .ci/smoke-checks.mjs BASE_URL email:password [email:password ...]
//
// The first account must be able to manage workshops (admin or organiser): where no workshop is LIVE
// (a packaged run without demo data) it makes one.

const [base, ...accounts] = process.argv.slice(2)
if (!base || accounts.length === 0) {
  console.error('usage: node .ci/smoke-checks.mjs BASE_URL email:password [email:password ...]')
  process.exit(2)
}

let checks = 0
function pass(what) {
  checks++
  console.log(`  ok  ${what}`)
}
function fail(what) {
  console.error(`  FAILED  ${what}`)
  process.exit(1)
}

async function call(method, path, { token, body, headers = {} } = {}) {
  const res = await fetch(base + path, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await res.text()
  let json = null
  try {
    json = text ? JSON.parse(text) : null
  } catch {
    // HTML or plain text
  }
  return { status: res.status, headers: res.headers, text, json }
}

async function expectStatus(what, expected, promise) {
  const res = await promise
  if (res.status !== expected) fail(`${what}: expected ${expected}, got ${res.status} ${res.text.slice(0, 300)}`)
  pass(what)
  return res
}

// ---- staff ------------------------------------------------------------------------------------
const tokens = []
for (const account of accounts) {
  const at = account.indexOf(':')
  const email = account.slice(0, at)
  const password = account.slice(at + 1)
  const login = await expectStatus(`${email} signs in`, 200, call('POST', '/api/auth/login', { body: { email, password } }))
  const me = await expectStatus(`${email} reads /api/me with the token`, 200, call('GET', '/api/me', { token: login.json.token }))
  if (me.json?.email !== email) fail(`/api/me answered ${me.text} for ${email}`)
  tokens.push(login.json.token)
}
const manager = tokens[0]

// ---- the SPA ----------------------------------------------------------------------------------
for (const path of ['/', '/workshops/1', '/login']) {
  const page = await expectStatus(`GET ${path} serves the SPA`, 200, call('GET', path))
  if (!/<div id="app"/.test(page.text)) fail(`GET ${path} is not the SPA's page: ${page.text.slice(0, 200)}`)
}

// ---- the management port ------------------------------------------------------------------------
const management = process.env.SMOKE_MANAGEMENT_URL
if (management) {
  for (const path of ['/q/health/ready', '/q/metrics', '/q/openapi', '/q/swagger-ui/']) {
    await expectStatus(`GET ${path} is not on the public port`, 404, call('GET', path))
    const res = await fetch(management + path)
    await res.text()
    if (res.status !== 200) fail(`GET ${path} on the management port answered ${res.status}`)
    pass(`GET ${path} answers on the management port`)
  }
  const made = `made-up-${crypto.randomUUID()}`
  for (const path of [`/${made}`, `/workshops/${made}/live`, `/assets/${made}.js`]) await call('GET', path)
  const metrics = await (await fetch(`${management}/q/metrics`)).text()
  if (metrics.includes(made)) fail(`made-up addresses became metric labels: ${metrics.split('\n').filter((l) => l.includes(made))[0]}`)
  pass('made-up addresses are not metric labels')
}

// ---- a LIVE workshop with an open round ---------------------------------------------------------
const live = await expectStatus('list LIVE workshops', 200, call('GET', '/api/workshops?status=LIVE', { token: manager }))
let workshop = (Array.isArray(live.json) ? live.json : live.json?.items ?? [])[0]
if (!workshop) {
  const now = Date.now()
  const iso = (ms) => new Date(ms).toISOString()
  const created = await expectStatus('create a workshop', 201, call('POST', '/api/workshops', {
    token: manager,
    body: {
      title: 'Smoke test workshop', theme: 'riots-and-mass-gatherings', startsAt: iso(now - 3600_000),
      endsAt: iso(now + 6 * 3600_000), timeZone: 'Europe/Brussels', venue: 'Brussels', capacity: 50,
    },
  }))
  workshop = created.json
  await expectStatus('schedule it', 200, call('POST', `/api/workshops/${workshop.id}/transitions`, { token: manager, body: { to: 'SCHEDULED' } }))
  await expectStatus('add a session', 201, call('POST', `/api/workshops/${workshop.id}/sessions`, {
    token: manager,
    body: { title: 'Rumours', prompt: 'What helped?', startsAt: iso(now - 1800_000), endsAt: iso(now + 3600_000) },
  }))
  const moved = await expectStatus('go LIVE', 200, call('POST', `/api/workshops/${workshop.id}/transitions`, { token: manager, body: { to: 'LIVE' } }))
  workshop = moved.json
}
const sessions = await expectStatus('read the agenda', 200, call('GET', `/api/workshops/${workshop.id}/sessions`, { token: manager }))
let round = sessions.json.find((s) => s.roundOpen)
if (!round) {
  round = sessions.json[0]
  await expectStatus('open a round', 200, call('POST', `/api/workshops/${workshop.id}/sessions/${round.id}/open`, { token: manager }))
}

// ---- a delegate ---------------------------------------------------------------------------------
const email = `smoke-${Date.now()}@example.org`
const registered = await expectStatus('a delegate registers with the join code', 202, call('POST', '/api/registrations', {
  body: {
    joinCode: workshop.joinCode, name: 'Smoke Test', email, organisation: 'CI', sector: 'ACADEMIA', country: 'BE',
    consent: true,
  },
}))
// The personal link goes by email only (in these runs the mock mailer writes it to the app's log).
if (registered.text.includes('accessToken') || registered.text.includes('#key=')) fail(`registration answered with a personal key: ${registered.text}`)
pass('the registration answer holds no personal key')
// What an organiser does for a delegate who lost the email: find them and issue a new personal link.
const found = await expectStatus('the organiser finds the delegate', 200,
  call('GET', `/api/workshops/${workshop.id}/delegates?q=${encodeURIComponent(email)}`, { token: manager }))
const registrant = found.json.find((d) => d.email === email)
if (!registrant) fail(`the delegate list has no ${email}: ${found.text}`)
const issued = await expectStatus('the organiser issues a new personal link', 200,
  call('POST', `/api/workshops/${workshop.id}/delegates/${registrant.id}/personal-link`, { token: manager }))
const key = issued.json.accessToken
if (!key) fail(`issuing a personal link gave no key: ${issued.text}`)
const joined = await expectStatus('the delegate joins with the personal key', 200, call('POST', '/api/join', { body: { accessToken: key } }))
const delegate = joined.json.token

const text = `Smoke note ${email}: the official account kept rumours in check.`
const note = await expectStatus('the delegate posts a note', 201, call('POST', `/api/workshops/${workshop.id}/notes`, {
  token: delegate,
  headers: { 'idempotency-key': crypto.randomUUID() },
  body: { text, kind: 'INSIGHT', sessionId: round.id },
}))
const notes = await expectStatus('the delegate reads the notes', 200, call('GET', `/api/workshops/${workshop.id}/notes?limit=200`, { token: delegate }))
const listed = Array.isArray(notes.json) ? notes.json : notes.json?.notes ?? notes.json?.items ?? []
if (!listed.some((n) => n.id === note.json.id && n.text === text)) fail(`note ${note.json.id} is not in the notes list`)
pass('the note is in the notes list')

// ---- the event stream ---------------------------------------------------------------------------
const controller = new AbortController()
const timer = setTimeout(() => controller.abort(), 20_000)
try {
  const res = await fetch(`${base}/api/workshops/${workshop.id}/events`, {
    headers: { authorization: `Bearer ${delegate}`, 'last-event-id': '0', accept: 'text/event-stream' },
    signal: controller.signal,
  })
  if (res.status !== 200) fail(`the event stream answered ${res.status}`)
  const decoder = new TextDecoder()
  let buffer = ''
  let found = false
  for await (const chunk of res.body) {
    buffer += decoder.decode(chunk, { stream: true })
    const events = buffer.split('\n\n')
    buffer = events.pop()
    if (events.some((e) => /^event: ?note\.created$/m.test(e) && e.includes(`"id":${note.json.id},`))) {
      found = true
      break
    }
  }
  if (!found) fail('the event stream ended without the note')
  pass('the note arrives on the event stream')
} catch (e) {
  fail(`the note did not arrive on the event stream within 20 s (${e.message})`)
} finally {
  clearTimeout(timer)
  controller.abort()
}

console.log(`${checks} passed, 0 failed`)
