// Prepares a LIVE workshop with an open round and N joined delegates on a running Workshop Hub,
// and prints their tokens as JSON: { workshopId, sessionId, staffToken, adminToken, delegateTokens: [...] }.
// staffToken is an organiser's: the projector and facilitators. Not the admin's: each admin's sighting of a
// note's author is audited (one insert per admin stream and event), which no room of staff streams should pay.
// Usage: node setup.mjs <baseUrl> <adminEmail> <adminPassword> <delegates>
const [base, email, password, count = '200'] = process.argv.slice(2)

async function call(method, path, { token, body, headers = {} } = {}) {
  const response = await fetch(base + path, {
    method,
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      'X-Forwarded-For': `10.200.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`)
  return text ? JSON.parse(text) : null
}

const { token: adminToken } = await call('POST', '/api/auth/login', { body: { email, password } })
const organiser = { email: `organiser-${Date.now()}@example.org`, password: 'organiser-password-123' }
await call('POST', '/api/accounts', {
  token: adminToken, body: { ...organiser, displayName: 'Bench organiser', roles: ['ORGANISER'] },
})
const { token: staffToken } = await call('POST', '/api/auth/login', { body: organiser })
const now = new Date()
const start = new Date(now.getTime() - 3600_000).toISOString()
const end = new Date(now.getTime() + 8 * 3600_000).toISOString()
const workshop = await call('POST', '/api/workshops', {
  token: staffToken,
  body: {
    title: `Benchmark ${now.toISOString()}`, theme: 'riots-and-mass-gatherings', startsAt: start, endsAt: end,
    timeZone: 'Europe/Brussels', venue: 'Loopback', capacity: 10000,
  },
})
await call('POST', `/api/workshops/${workshop.id}/transitions`, { token: staffToken, body: { to: 'SCHEDULED' } })
const session = await call('POST', `/api/workshops/${workshop.id}/sessions`, {
  token: staffToken, body: { title: 'Load', prompt: 'Anything', startsAt: start, endsAt: end },
})
await call('POST', `/api/workshops/${workshop.id}/transitions`, { token: staffToken, body: { to: 'LIVE' } })
await call('POST', `/api/workshops/${workshop.id}/sessions/${session.id}/open`, { token: staffToken })

const sectors = ['POLICE', 'ACADEMIA', 'INDUSTRY', 'CIVIL_SOCIETY', 'POLICYMAKER', 'MEDIA']
const delegateTokens = []
// Staff invite and check in each delegate, who then joins with the join code and their email (as in
// bench/chaos): registration does not hand the personal key back to the caller.
for (let i = 0; i < Number(count); i++) {
  const email = `bench-${i}-${now.getTime()}@example.org`
  const delegate = await call('POST', `/api/workshops/${workshop.id}/delegates`, {
    token: staffToken,
    body: { name: `Delegate ${i}`, email, organisation: `Org ${i % 40}`, sector: sectors[i % sectors.length], country: 'BE' },
  })
  await call('POST', `/api/workshops/${workshop.id}/delegates/${delegate.id}/check-in`, { token: staffToken, body: { consent: true } })
  const joined = await call('POST', '/api/join', { body: { joinCode: workshop.joinCode, email } })
  delegateTokens.push(joined.token)
}
process.stdout.write(JSON.stringify({ workshopId: workshop.id, sessionId: session.id, staffToken, adminToken, delegateTokens }))
