import { expect } from '@playwright/test'

export const DEMO_PASSWORD = 'workshop-demo'

export const organiser = 'organiser@demo.test'
export const analyst = 'analyst@demo.test'
export const admin = 'admin@demo.test'

export async function signIn(page, email, password = DEMO_PASSWORD) {
  await page.goto('/login')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Workshops' })).toBeVisible()
}

/** A day far enough ahead that demo data does not crowd it, and different per run. */
export function aFutureDay() {
  const day = new Date(Date.UTC(2031, 0, 1) + Math.floor(Math.random() * 3000) * 86_400_000)
  return day.toISOString().slice(0, 10)
}

export function nextDay(isoDate) {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
}

export function uniqueTitle(prefix) {
  return `${prefix} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`
}

/** Fills the workshop form with a valid workshop; override any field. */
export async function fillWorkshopForm(page, { title, day, starts = '09:00', ends = '17:00', endDay = day }) {
  await page.getByLabel('Title').fill(title)
  await page.getByLabel('Theme').selectOption('trolling')
  await page
    .getByLabel('Description')
    .fill('How trolling shapes public security debates, with police and civil society.')
  await page.getByLabel('Starts').fill(`${day}T${starts}`)
  await page.getByLabel('Ends').fill(`${endDay}T${ends}`)
  await page.getByLabel('Time zone').selectOption('Europe/Brussels')
  await page.getByLabel('Venue').fill('Brussels, Résidence Palace')
  await page.getByLabel('Capacity').fill('30')
}

/** Collects Content-Security-Policy complaints from the browser console. */
export function watchCsp(page) {
  const violations = []
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(message.text())
  })
  return violations
}

// ---- setting up through the API, so that each test has its own workshop ----------------------

export const bearer = (token) => ({ Authorization: `Bearer ${token}` })

export async function apiToken(request, email = organiser, password = DEMO_PASSWORD) {
  const response = await request.post('/api/auth/login', { data: { email, password } })
  expect(response.status(), `sign-in of ${email}`).toBe(200)
  return (await response.json()).token
}

/**
 * A SCHEDULED workshop (so it takes registrations) on a random future day, 09:00–17:00 in Brussels.
 * Answers {workshop, token, day}; workshop has the joinCode.
 */
export async function createScheduledWorkshop(
  request,
  { capacity = 30, title = uniqueTitle('E2E workshop'), attribution = 'CHATHAM_HOUSE', preModeration = false } = {},
) {
  const token = await apiToken(request)
  const day = aFutureDay()
  const created = await request.post('/api/workshops', {
    headers: bearer(token),
    data: {
      title,
      theme: 'trolling',
      description: 'A workshop made by a browser test.',
      startsAt: `${day}T09:00:00+01:00`,
      endsAt: `${day}T17:00:00+01:00`,
      timeZone: 'Europe/Brussels',
      venue: 'Brussels',
      onlineUrl: null,
      capacity,
      attribution,
      preModeration,
    },
  })
  expect(created.status(), await created.text()).toBe(201)
  const { id } = await created.json()
  const scheduled = await request.post(`/api/workshops/${id}/transitions`, {
    headers: bearer(token),
    data: { to: 'SCHEDULED' },
  })
  expect(scheduled.status(), await scheduled.text()).toBe(200)
  return { workshop: await scheduled.json(), token, day }
}

let delegateCounter = 0

/** A delegate's fields; pass any to override. The email is unique per call. */
export function aDelegate(overrides = {}) {
  delegateCounter += 1
  const tag = `${Date.now().toString(36)}${delegateCounter}${Math.floor(Math.random() * 1e4)}`
  return {
    name: `Delegate ${tag}`,
    email: `delegate-${tag}@example.org`,
    organisation: 'Politie Antwerpen',
    sector: 'POLICE',
    country: 'BE',
    ...overrides,
  }
}

/**
 * Registers through the public API, which answers 202 and sends the personal link by email only. The
 * browser tests cannot read that email, so they do what an organiser does for someone who lost it:
 * find the delegate and issue a new personal link through the staff API. Answers {delegateId, status, accessToken}.
 */
export async function registerDelegate(request, workshop, delegate = aDelegate()) {
  const response = await request.post('/api/registrations', {
    data: { joinCode: workshop.joinCode, ...delegate, consent: true },
  })
  expect(response.status(), await response.text()).toBe(202)
  return issuePersonalLink(request, workshop, delegate.email)
}

/** The organiser issues a new personal link for the delegate with this email; answers {delegateId, status, accessToken}. */
export async function issuePersonalLink(request, workshop, email) {
  const token = await apiToken(request)
  const found = await request.get(`/api/workshops/${workshop.id}/delegates`, {
    headers: bearer(token),
    params: { q: email },
  })
  expect(found.status(), await found.text()).toBe(200)
  const [delegate] = (await found.json()).filter((d) => d.email === email.toLowerCase())
  expect(delegate, `a delegate with the email ${email}`).toBeTruthy()
  const issued = await request.post(`/api/workshops/${workshop.id}/delegates/${delegate.id}/personal-link`, {
    headers: bearer(token),
  })
  expect(issued.status(), await issued.text()).toBe(200)
  const { id, status, accessToken, personalLink } = await issued.json()
  return { delegateId: id, status, accessToken, personalLink }
}

export async function checkInDelegate(request, token, workshopId, delegateId) {
  const response = await request.post(`/api/workshops/${workshopId}/delegates/${delegateId}/check-in`, {
    headers: bearer(token),
  })
  expect(response.status(), await response.text()).toBe(200)
  return response.json()
}

/** Fills the registration form on /register (the notice must be showing). */
export async function fillRegistration(page, delegate) {
  await page.getByLabel('Name').fill(delegate.name)
  await page.getByLabel('Email').fill(delegate.email)
  await page.getByLabel('Organisation').fill(delegate.organisation)
  await page.getByLabel('Sector').selectOption(delegate.sector)
  await page.getByLabel('Country').selectOption(delegate.country)
}

// ---- live capture: a LIVE workshop with an open round, a delegate on a phone, the projector ----

export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }
export const PROJECTOR = { viewport: { width: 1280, height: 720 } }

/**
 * A LIVE workshop with one session whose round is open, and a registered delegate (registered while
 * it was SCHEDULED). Answers {workshop, token, day, round, delegate, accessToken, delegateId}.
 */
export async function createLiveWorkshop(
  request,
  { attribution = 'CHATHAM_HOUSE', preModeration = false, delegate = aDelegate() } = {},
) {
  const { workshop, token, day } = await createScheduledWorkshop(request, { attribution, preModeration })
  const session = await request.post(`/api/workshops/${workshop.id}/sessions`, {
    headers: bearer(token),
    data: {
      title: 'Mapping trolling incidents',
      prompt: 'Which trolling incidents reached the police last year?',
      startsAt: `${day}T10:00:00+01:00`,
      endsAt: `${day}T11:30:00+01:00`,
    },
  })
  expect(session.status(), await session.text()).toBe(201)
  const round = await session.json()
  const { delegateId, accessToken } = await registerDelegate(request, workshop, delegate)
  const live = await request.post(`/api/workshops/${workshop.id}/transitions`, {
    headers: bearer(token),
    data: { to: 'LIVE' },
  })
  expect(live.status(), await live.text()).toBe(200)
  const opened = await request.post(`/api/workshops/${workshop.id}/sessions/${round.id}/open`, {
    headers: bearer(token),
  })
  expect(opened.status(), await opened.text()).toBe(200)
  return { workshop: await live.json(), token, day, round: await opened.json(), delegate, delegateId, accessToken }
}

/** Joins with the personal key through the API and puts the delegate session where the app keeps it; opens /live. */
export async function joinOnPhone(page, request, accessToken) {
  const response = await request.post('/api/join', { data: { accessToken } })
  expect(response.status(), await response.text()).toBe(200)
  const { token, expiresAt, workshop, delegate } = await response.json()
  await page.goto('/join')
  await page.evaluate((session) => localStorage.setItem('workshopHub.delegate', JSON.stringify(session)), {
    token,
    expiresAt,
    workshop,
    delegate,
  })
  await page.goto('/live')
  await expect(page.getByRole('heading', { level: 1, name: `You have joined ${workshop.title}` })).toBeVisible()
}

/** Every note of a workshop as the organiser sees it (all pages). */
export async function allNotes(request, token, workshopId) {
  const notes = []
  let cursor = null
  do {
    const response = await request.get(`/api/workshops/${workshopId}/notes`, {
      headers: bearer(token),
      params: cursor ? { limit: 200, cursor } : { limit: 200 },
    })
    expect(response.status(), await response.text()).toBe(200)
    notes.push(...(await response.json()))
    cursor = response.headers()['x-next-cursor'] ?? null
  } while (cursor)
  return notes
}

/** A note from the live workshop's registered delegate, sent through the API with the delegate's own session. */
export async function delegateNote(request, live, text, kind = 'INSIGHT') {
  const joined = await request.post('/api/join', { data: { accessToken: live.accessToken } })
  expect(joined.status(), await joined.text()).toBe(200)
  const { token } = await joined.json()
  const posted = await request.post(`/api/workshops/${live.workshop.id}/notes`, {
    headers: { ...bearer(token), 'Idempotency-Key': crypto.randomUUID() },
    data: { text, kind, sessionId: live.round.id },
  })
  expect(posted.status(), await posted.text()).toBe(201)
  return posted.json()
}
