import { expect, test } from '@playwright/test'
import {
  PHONE,
  PROJECTOR,
  allNotes,
  bearer,
  createLiveWorkshop,
  joinOnPhone,
  organiser,
  signIn,
  uniqueTitle,
  watchCsp,
} from './helpers.js'

test.setTimeout(90_000)

/**
 * The room: a delegate's phone (390×844) and the projector (1280×720, an organiser signed in), each
 * in its own browser context, following one LIVE workshop with an open round.
 */
async function openRoom({ browser, request, baseURL }, options = {}) {
  const live = await createLiveWorkshop(request, options)
  const projectorContext = await browser.newContext({ ...PROJECTOR, baseURL })
  const phoneContext = await browser.newContext({ ...PHONE, baseURL })
  const projector = await projectorContext.newPage()
  const phone = await phoneContext.newPage()
  const cspProjector = watchCsp(projector)
  const cspPhone = watchCsp(phone)

  await signIn(projector, organiser)
  await projector.goto(`/workshops/${live.workshop.id}/projector`)
  await expect(projector.getByRole('heading', { level: 1, name: live.workshop.title })).toBeVisible()
  await expect(projector.getByText('Which trolling incidents reached the police last year?')).toBeVisible()
  await expect(projector.getByText('Notes appear here as they are sent.')).toBeVisible()
  await expect(projector.getByText(live.workshop.joinCode, { exact: true })).toBeVisible()

  await joinOnPhone(phone, request, live.accessToken)
  await expect(phone.locator('.composer__prompt-text')).toHaveText(
    'Which trolling incidents reached the police last year?',
  )
  await expect(phone.getByText('Live: notes arrive as they are sent.')).toBeVisible()

  return {
    ...live,
    projector,
    phone,
    projectorContext,
    phoneContext,
    csp: () => [...cspProjector, ...cspPhone],
    close: async () => {
      await phoneContext.close()
      await projectorContext.close()
    },
  }
}

const onProjector = (room, text) => room.projector.locator('.projector__note').filter({ hasText: text })
const myNote = (room, text) => room.phone.locator('.my-note').filter({ hasText: text })

async function send(phone, text, kind = 'Insight') {
  await phone.getByLabel('Your note').fill(text)
  await phone.getByRole('radio', { name: kind, exact: true }).check()
  await phone.getByRole('button', { name: 'Send', exact: true }).click()
}

test('a note sent on the phone appears on the projector', async ({ browser, request, baseURL }) => {
  const room = await openRoom({ browser, request, baseURL })
  const text = uniqueTitle('Victims report trolling to the helpline first')

  await send(room.phone, text, 'Good practice')
  await expect(myNote(room, text)).toContainText('Sent')
  await expect(room.phone.getByText('Your note was sent.')).toBeVisible()
  await expect(room.phone.getByLabel('Your note')).toHaveValue('')

  await expect(onProjector(room, text)).toHaveCount(1)
  await expect(onProjector(room, text)).toContainText('Good practice')
  // Chatham House rule: the sector only
  await expect(onProjector(room, text)).toContainText('Police')
  await expect(onProjector(room, text)).not.toContainText(room.delegate.name)
  // the projector leads nowhere else; its only controls are the wall's own
  await expect(room.projector.getByRole('link')).toHaveCount(0)
  await expect(room.projector.getByRole('group', { name: 'Order of the notes' })).toBeVisible()
  await expect(room.projector.getByText('Page 1 of 1')).toBeVisible()
  await expect(onProjector(room, text)).toContainText('0 votes')

  // a facilitator opens the note full-screen, and Esc brings the wall back
  await onProjector(room, text)
    .getByRole('button', { name: /^Show in full:/ })
    .click()
  const spotlight = room.projector.getByRole('dialog')
  await expect(spotlight).toBeVisible()
  await expect(spotlight).toContainText(text)
  await expect(spotlight.getByRole('button', { name: 'Close' })).toBeFocused()
  await room.projector.keyboard.press('Escape')
  await expect(spotlight).toHaveCount(0)
  await expect(onProjector(room, text).getByRole('button', { name: /^Show in full:/ })).toBeFocused()
  // nothing wider than the phone
  expect(await room.phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
    0,
  )
  expect(room.csp()).toEqual([])
  await room.close()
})

test('a note written offline waits in the outbox and arrives on the projector exactly once', async ({
  browser,
  request,
  baseURL,
}) => {
  const room = await openRoom({ browser, request, baseURL })
  const text = uniqueTitle('Written in the basement without signal')

  await room.phoneContext.setOffline(true)
  await send(room.phone, text, 'Concern')
  await expect(myNote(room, text)).toContainText('Pending')
  await expect(room.phone.getByText(/You are offline|Not sent yet/).first()).toBeVisible()
  const kept = await room.phone.evaluate(() => JSON.parse(localStorage.getItem('workshopHub.outbox') ?? '[]'))
  expect(kept.map((entry) => entry.text)).toEqual([text])
  expect(kept[0].key).toMatch(/^[0-9a-f-]{36}$/)
  // a few failed attempts while offline
  await room.phone.waitForTimeout(3500)
  await expect(onProjector(room, text)).toHaveCount(0)

  await room.phoneContext.setOffline(false)
  await expect(onProjector(room, text)).toHaveCount(1, { timeout: 20_000 })
  await expect(myNote(room, text)).toContainText('Sent', { timeout: 20_000 })
  expect(await room.phone.evaluate(() => localStorage.getItem('workshopHub.outbox'))).toBeNull()

  // the phone's stream came back too: still one note, on the projector and on the server
  await room.projector.waitForTimeout(1500)
  await expect(onProjector(room, text)).toHaveCount(1)
  await expect(myNote(room, text)).toHaveCount(1)
  const stored = (await allNotes(request, room.token, room.workshop.id)).filter((note) => note.text === text)
  expect(stored).toHaveLength(1)
  expect(room.csp()).toEqual([])
  await room.close()
})

test('a note hidden from the board leaves the projector', async ({ browser, request, baseURL }) => {
  const room = await openRoom({ browser, request, baseURL })
  const text = uniqueTitle('Off-topic advert for a conference')
  const kept = uniqueTitle('Platforms answer police requests too slowly')

  await send(room.phone, text, 'Idea')
  await send(room.phone, kept, 'Concern')
  await expect(onProjector(room, text)).toHaveCount(1)
  await expect(onProjector(room, kept)).toHaveCount(1)

  const board = await room.projectorContext.newPage()
  const csp = watchCsp(board)
  await board.goto(`/workshops/${room.workshop.id}/board`)
  await expect(board.getByRole('heading', { level: 1, name: 'Board' })).toBeVisible()
  await expect(board.getByText('Live: the wall updates as notes arrive.')).toBeVisible()
  const item = board.locator('.note-wall li').filter({ hasText: text })
  await expect(item).toHaveCount(1)
  await item.getByRole('button', { name: 'Hide', exact: true }).click()
  await item.getByLabel('Reason for hiding').fill('Advertising, not a contribution')
  await item.getByRole('button', { name: 'Hide note' }).click()
  await expect(board.getByText(/^Hidden “/)).toBeVisible()

  await expect(onProjector(room, text)).toHaveCount(0)
  await expect(onProjector(room, kept)).toHaveCount(1)
  // the author learns it was hidden
  await expect(myNote(room, text)).toContainText('Hidden by a facilitator')

  // the board keeps it under "Hidden notes" with its reason, and the log says who did what
  await expect(board.getByRole('heading', { name: /Hidden notes/ })).toBeVisible()
  await board.getByRole('link', { name: 'Moderation log' }).click()
  await expect(board.getByRole('heading', { level: 1, name: 'Moderation log' })).toBeVisible()
  const row = board.getByRole('row').filter({ hasText: 'Advertising, not a contribution' })
  await expect(row).toContainText('Hidden')
  expect([...room.csp(), ...csp]).toEqual([])
  await room.close()
})

test('markup in a note is shown as text on the projector and the phone and never runs', async ({
  browser,
  request,
  baseURL,
}) => {
  const room = await openRoom({ browser, request, baseURL })
  const tag = uniqueTitle('xss')
  const text = `<img src=x onerror="window.__xss=1"> <script>window.__xss=2</script> ${tag}`

  await send(room.phone, text, 'Question')
  await expect(onProjector(room, tag)).toHaveCount(1)
  await expect(onProjector(room, tag).locator('.note-card__text')).toHaveText(text)
  await expect(myNote(room, tag).locator('.note-card__text')).toHaveText(text)

  // the same through the wall on the phone: a rapporteur's note posted by the organiser
  const staffTag = uniqueTitle('staff-xss')
  const staffText = `<script>window.__xss=3</script><img src=x onerror="window.__xss=4"> ${staffTag}`
  const posted = await request.post(`/api/workshops/${room.workshop.id}/notes`, {
    headers: { ...bearer(room.token), 'Idempotency-Key': crypto.randomUUID() },
    data: { text: staffText, kind: 'DISCUSSION', sessionId: room.round.id },
  })
  expect(posted.status(), await posted.text()).toBe(201)
  const onWall = room.phone.locator('.note-wall li').filter({ hasText: staffTag })
  await expect(onWall.locator('.note-card__text')).toHaveText(staffText)
  await expect(onProjector(room, staffTag).locator('.note-card__text')).toHaveText(staffText)

  for (const page of [room.projector, room.phone]) {
    expect(await page.locator('.note-card img').count()).toBe(0)
    expect(await page.evaluate(() => window.__xss)).toBeUndefined()
  }
  expect(room.csp()).toEqual([])
  await room.close()
})

test('the projector catches up after a network drop without gaps or doubles', async ({ browser, request, baseURL }) => {
  const room = await openRoom({ browser, request, baseURL })
  const before = uniqueTitle('Sent before the drop')
  await send(room.phone, before, 'Question')
  await expect(onProjector(room, before)).toHaveCount(1)

  await room.projectorContext.setOffline(true)
  await expect(room.projector.getByText('Reconnecting…')).toBeVisible()
  const during = [uniqueTitle('Sent during the drop one'), uniqueTitle('Sent during the drop two')]
  for (const [index, text] of during.entries()) {
    await send(room.phone, text, index ? 'Concern' : 'Idea')
    await expect(myNote(room, text)).toContainText('Sent')
  }
  await room.projector.waitForTimeout(1500)
  for (const text of during) await expect(onProjector(room, text)).toHaveCount(0)

  await room.projectorContext.setOffline(false)
  for (const text of [before, ...during]) await expect(onProjector(room, text)).toHaveCount(1, { timeout: 20_000 })
  await expect(room.projector.getByText('Reconnecting…')).toHaveCount(0)
  // newest first
  const order = await room.projector.locator('.projector__note .note-card__text').allTextContents()
  expect(order.slice(0, 3)).toEqual([during[1], during[0], before])
  expect(room.csp()).toEqual([])
  await room.close()
})

test('in a pre-moderated workshop a note waits for approval on the board before the room sees it', async ({
  browser,
  request,
  baseURL,
}) => {
  const room = await openRoom({ browser, request, baseURL }, { preModeration: true, attribution: 'ATTRIBUTED' })
  const text = uniqueTitle('Needs a facilitator first')

  await send(room.phone, text, 'Idea')
  await expect(myNote(room, text)).toContainText('Waiting for approval')
  await expect(
    room.phone.getByText('Others will see it once a facilitator approves it.', { exact: false }),
  ).toBeVisible()

  const board = await room.projectorContext.newPage()
  await board.goto(`/workshops/${room.workshop.id}/board`)
  const queue = board.locator('.board__queue')
  await expect(queue.getByRole('heading', { name: /Waiting for approval/ })).toContainText('1')
  await expect(onProjector(room, text)).toHaveCount(0)

  await queue.locator('li').filter({ hasText: text }).getByRole('button', { name: 'Approve' }).click()
  await expect(queue.getByText('Nothing is waiting for approval.')).toBeVisible()
  await expect(onProjector(room, text)).toHaveCount(1)
  // attributed: name, organisation and sector
  await expect(onProjector(room, text)).toContainText(`${room.delegate.name}, ${room.delegate.organisation} (Police)`)
  await expect(myNote(room, text)).toContainText('Sent')
  expect(room.csp()).toEqual([])
  await room.close()
})
