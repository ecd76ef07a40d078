import { expect, test } from '@playwright/test'
import { PHONE, allNotes, createLiveWorkshop, joinOnPhone, uniqueTitle, watchCsp } from './helpers.js'

test.use(PHONE)
test.setTimeout(60_000)

// A note is one thing from the phone to the wall: the key the phone sent it with (Idempotency-Key)
// comes back to its author as clientKey, so two notes with the same words stay two notes.
test('a delegate who sends the same words twice sees two notes', async ({ page, request }) => {
  const live = await createLiveWorkshop(request)
  const csp = watchCsp(page)
  await joinOnPhone(page, request, live.accessToken)
  await expect(page.getByText('Live: notes arrive as they are sent.')).toBeVisible()

  const text = uniqueTitle('Keep the helpline open at night')
  const myNotes = page.locator('.my-note').filter({ hasText: text })
  for (let i = 0; i < 2; i += 1) {
    await page.getByLabel('Your note').fill(text)
    await page.getByRole('button', { name: 'Send', exact: true }).click()
    await expect(page.getByLabel('Your note')).toHaveValue('')
  }

  await expect(myNotes).toHaveCount(2)
  await expect(myNotes.filter({ hasText: 'Sent' })).toHaveCount(2, { timeout: 15_000 })
  expect(await page.evaluate(() => localStorage.getItem('workshopHub.outbox'))).toBeNull()

  // the stream has caught up with both: still two, and two after a reload
  await page.waitForTimeout(1500)
  await expect(myNotes).toHaveCount(2)
  await page.reload()
  await expect(page.getByText('Live: notes arrive as they are sent.')).toBeVisible()
  await expect(myNotes).toHaveCount(2)

  const stored = (await allNotes(request, live.token, live.workshop.id)).filter((note) => note.text === text)
  expect(stored).toHaveLength(2)
  expect(csp).toEqual([])
})
