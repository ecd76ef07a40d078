// Makes the workshop the report benchmark fills: five sessions with prompts, through the API, as an
// admin would. Prints {workshopId, sessionIds, token} as JSON.
// Usage: node setup.mjs <baseUrl> <adminEmail> <adminPassword>
const [base, email, password] = process.argv.slice(2)

async function call(method, path, { token, body } = {}) {
  const response = await fetch(base + path, {
    method,
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`)
  return text ? JSON.parse(text) : null
}

const { token } = await call('POST', '/api/auth/login', { body: { email, password } })
const day = '2027-06-15'
const workshop = await call('POST', '/api/workshops', {
  token,
  body: {
    title: `Benchmark report ${new Date().toISOString()}`,
    theme: 'riots-and-mass-gatherings',
    description: 'Five sessions and 5,000 notes, for the report benchmark.',
    startsAt: `${day}T08:00:00+02:00`,
    endsAt: `${day}T18:00:00+02:00`,
    timeZone: 'Europe/Brussels',
    venue: 'Brussels',
    capacity: 1000,
    attribution: 'CHATHAM_HOUSE',
  },
})
const prompts = [
  'What happened online in the hours before the disorder?',
  'Which messages from official accounts worked, and which backfired?',
  'Where did rumours start, and who corrected them?',
  'What would you need from platforms next time?',
  'What should other forces copy, and what should they avoid?',
]
const sessionIds = []
for (const [i, prompt] of prompts.entries()) {
  const start = String(8 + i * 2).padStart(2, '0')
  const end = String(9 + i * 2).padStart(2, '0')
  const session = await call('POST', `/api/workshops/${workshop.id}/sessions`, {
    token,
    body: { title: `Round ${i + 1}`, prompt, startsAt: `${day}T${start}:00:00+02:00`, endsAt: `${day}T${end}:30:00+02:00` },
  })
  sessionIds.push(session.id)
}
process.stdout.write(JSON.stringify({ workshopId: workshop.id, sessionIds, token }))
