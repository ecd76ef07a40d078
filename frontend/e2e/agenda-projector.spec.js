import { expect, test } from '@playwright/test'
import { createScheduledWorkshop, organiser, signIn, watchCsp } from './helpers.js'

test('the agenda editor adds a session and shows it in the workshop zone', async ({ page, request }) => {
  const { workshop, day } = await createScheduledWorkshop(request)
  const csp = watchCsp(page)

  await signIn(page, organiser)
  await page.goto(`/workshops/${workshop.id}`)
  await page.getByRole('navigation', { name: 'Workshop sections' }).getByRole('link', { name: 'Agenda' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Agenda' })).toBeVisible()
  await expect(page.getByText('The agenda is empty.')).toBeVisible()

  await page.getByLabel('Title').fill('Mapping trolling incidents')
  await page.getByLabel('Prompt').fill('Which incidents reached the police last year?')
  await page.getByLabel('Starts').fill(`${day}T10:00`)
  await page.getByLabel('Ends').fill(`${day}T11:30`)
  await page.getByRole('button', { name: 'Add session' }).click()

  await expect(page.getByText('Added “Mapping trolling incidents” to the agenda.')).toBeVisible()
  const item = page.locator('.agenda-item').filter({ hasText: 'Mapping trolling incidents' })
  await expect(item.getByRole('heading', { level: 2, name: 'Mapping trolling incidents' })).toBeVisible()
  await expect(item).toContainText('10:00–11:30')
  await expect(item).toContainText('Europe/Brussels')
  await expect(item).toContainText('Which incidents reached the police last year?')

  // a session outside the workshop is refused beside its field
  await page.getByLabel('Title').fill('Too late')
  await page.getByLabel('Starts').fill(`${day}T19:00`)
  await page.getByLabel('Ends').fill(`${day}T20:00`)
  await page.getByRole('button', { name: 'Add session' }).click()
  await expect(page.getByLabel('Starts')).toHaveAttribute('aria-invalid', 'true')
  await expect(page.locator('#session-startsAt-error')).toContainText(/within the workshop/)

  // the calendar downloads through fetch with the token
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Add to calendar' }).click()
  expect((await download).suggestedFilename()).toMatch(/\.ics$/)
  expect(csp).toEqual([])
})

test('the projector shows the join code and a QR code to register', async ({ page, request }) => {
  const { workshop } = await createScheduledWorkshop(request)
  const csp = watchCsp(page)

  await signIn(page, organiser)
  await page.goto(`/workshops/${workshop.id}/projector`)
  await expect(page.getByRole('heading', { level: 1, name: workshop.title })).toBeVisible()
  await expect(page.getByText(workshop.joinCode, { exact: true })).toBeVisible()
  const origin = new URL(page.url()).origin
  await expect(page.getByText(`Join at ${origin}/join with code`)).toBeVisible()
  const qr = page.getByRole('img', { name: /QR code to register/ })
  await expect(qr).toBeVisible()
  await expect(qr).toHaveAttribute('src', /^data:image\/svg\+xml/)
  await expect(qr).toHaveAttribute('alt', `QR code to register: ${origin}/register?code=${workshop.joinCode}`)
  // no controls on the projector
  await expect(page.getByRole('button')).toHaveCount(0)
  await expect(page.getByRole('link')).toHaveCount(0)
  expect(csp).toEqual([])
})

test('on a 1920×1080 projector the live wall keeps how to join whole, with the emerging lessons beside it', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, baseURL })
  const page = await context.newPage()
  await signIn(page, organiser)
  // the demo's LIVE workshop, with emerging lessons
  await page.goto('/workshops/2/projector')
  await expect(page.getByRole('heading', { name: 'Emerging lessons' })).toBeVisible()
  const join = page.getByRole('complementary', { name: 'How to join' })
  const qr = join.getByRole('img', { name: /QR code to register/ })
  await expect(qr).toBeVisible()
  for (const part of [qr, join]) {
    const box = await part.boundingBox()
    expect(box.y + box.height, 'inside the screen').toBeLessThanOrEqual(1080)
  }
  await context.close()
})
