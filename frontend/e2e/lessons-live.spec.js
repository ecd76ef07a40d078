import { expect, test } from '@playwright/test'
import {
  PHONE,
  PROJECTOR,
  bearer,
  createLiveWorkshop,
  joinOnPhone,
  organiser,
  signIn,
  uniqueTitle,
  watchCsp,
} from './helpers.js'

test.setTimeout(90_000)

test('a lesson drawn by the organiser reaches the phone and the projector live, and a delegate endorses it', async ({
  browser,
  request,
  baseURL,
}) => {
  const live = await createLiveWorkshop(request)
  const projectorContext = await browser.newContext({ ...PROJECTOR, baseURL })
  const phoneContext = await browser.newContext({ ...PHONE, baseURL })
  const projector = await projectorContext.newPage()
  const phone = await phoneContext.newPage()
  const csp = [watchCsp(projector), watchCsp(phone)]

  await signIn(projector, organiser)
  await projector.goto(`/workshops/${live.workshop.id}/projector`)
  await expect(projector.getByRole('heading', { level: 1, name: live.workshop.title })).toBeVisible()

  await joinOnPhone(phone, request, live.accessToken)
  await expect(phone.getByText('Live: notes arrive as they are sent.')).toBeVisible()
  const lessons = phone.getByRole('region', { name: 'Emerging lessons' })
  await expect(lessons.getByText('No lessons yet.')).toBeVisible()

  // the organiser draws a lesson from a rapporteur's note, through the API
  const note = await request.post(`/api/workshops/${live.workshop.id}/notes`, {
    headers: { ...bearer(live.token), 'Idempotency-Key': crypto.randomUUID() },
    data: { text: uniqueTitle('Rumours outran the official answer'), kind: 'DISCUSSION', sessionId: live.round.id },
  })
  expect(note.status(), await note.text()).toBe(201)
  const title = uniqueTitle('Answer rumours within the hour')
  const created = await request.post(`/api/workshops/${live.workshop.id}/lessons`, {
    headers: bearer(live.token),
    data: {
      title,
      statement: 'A quick, plain answer beats a late, polished one.',
      type: 'LESSON_LEARNED',
      noteIds: [(await note.json()).id],
    },
  })
  expect(created.status(), await created.text()).toBe(201)

  // the phone shows it without a reload
  const item = lessons.getByRole('listitem').filter({ hasText: title })
  await expect(item).toHaveCount(1)
  await expect(item).toContainText('A quick, plain answer beats a late, polished one.')
  await expect(item).toContainText('0 endorsements')
  const endorse = item.getByRole('button', { name: /^Endorse/ })
  await expect(endorse).toHaveAttribute('aria-pressed', 'false')

  await endorse.click()
  await expect(endorse).toHaveAttribute('aria-pressed', 'true')
  await expect(item).toContainText('1 endorsement')
  await expect(phone.getByRole('status').filter({ hasText: `You endorse “${title}”.` })).toBeVisible()

  // the projector lists it with its count, live
  const side = projector.getByRole('complementary', { name: 'Emerging lessons' })
  const onProjector = side.getByRole('listitem').filter({ hasText: title })
  await expect(onProjector).toHaveCount(1)
  await expect(onProjector).toContainText('1 endorsement')
  await expect(projector.getByRole('link')).toHaveCount(0)

  // nothing wider than the phone
  expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)
  expect(csp.flat()).toEqual([])
  await phoneContext.close()
  await projectorContext.close()
})

test('the projector beside the wall shows whole lessons only, and says how many more there are', async ({
  browser,
  request,
  baseURL,
}) => {
  const live = await createLiveWorkshop(request)
  const note = await request.post(`/api/workshops/${live.workshop.id}/notes`, {
    headers: { ...bearer(live.token), 'Idempotency-Key': crypto.randomUUID() },
    data: { text: uniqueTitle('Rumours outran the official answer'), kind: 'DISCUSSION', sessionId: live.round.id },
  })
  expect(note.status(), await note.text()).toBe(201)
  for (let i = 1; i <= 6; i++) {
    const created = await request.post(`/api/workshops/${live.workshop.id}/lessons`, {
      headers: bearer(live.token),
      data: {
        title: `Lesson ${i}: answer rumours within the hour, in plain words, on the channels people already follow`,
        statement: 'A quick, plain answer beats a late, polished one.',
        type: 'LESSON_LEARNED',
        noteIds: [(await note.json()).id],
      },
    })
    expect(created.status(), await created.text()).toBe(201)
  }

  for (const viewport of [
    { width: 1920, height: 1080 },
    { width: 1280, height: 720 },
  ]) {
    const context = await browser.newContext({ viewport, baseURL })
    const projector = await context.newPage()
    await signIn(projector, organiser)
    await projector.goto(`/workshops/${live.workshop.id}/projector`)
    const side = projector.getByRole('complementary', { name: 'Emerging lessons' })
    await expect(side.getByRole('heading', { name: 'Emerging lessons' })).toBeVisible()
    await expect(side.getByText(/^\d more lessons?$/)).toBeVisible()
    const { panel, items, more } = await side.evaluate((aside) => ({
      panel: aside.getBoundingClientRect().bottom,
      items: [...aside.querySelectorAll('li')].map((li) => li.getBoundingClientRect().bottom),
      more: aside.querySelector('.projector__lessons-more')?.textContent.trim() ?? '',
    }))
    // on the full-HD projector at least one long title fits beside the how-to-join panel
    if (viewport.width === 1920) expect(items.length).toBeGreaterThan(0)
    for (const bottom of items) expect(bottom, `${viewport.width}×${viewport.height}`).toBeLessThanOrEqual(panel + 0.5)
    expect(more).toBe(
      items.length < 6 ? `${6 - items.length} more ${6 - items.length === 1 ? 'lesson' : 'lessons'}` : '',
    )
    await context.close()
  }
})
