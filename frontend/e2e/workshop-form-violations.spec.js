import { expect, test } from '@playwright/test'
import { aFutureDay, fillWorkshopForm, organiser, signIn, uniqueTitle } from './helpers.js'

test('the form shows the message for an end before the start beside Ends', async ({ page }) => {
  await signIn(page, organiser)
  await page.goto('/workshops/new')
  await fillWorkshopForm(page, {
    title: uniqueTitle('Backwards workshop'),
    day: aFutureDay(),
    starts: '17:00',
    ends: '09:00',
  })
  await page.getByRole('button', { name: 'Create workshop' }).click()

  const ends = page.getByLabel('Ends')
  await expect(ends).toHaveAttribute('aria-invalid', 'true')
  const message = page.locator('#workshop-endsAt-error')
  await expect(message).toBeVisible()
  await expect(message).not.toBeEmpty()
  const text = (await message.textContent()).trim()
  await expect(ends).toHaveAccessibleDescription(new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
  await expect(page.getByRole('heading', { level: 1, name: 'New workshop' })).toBeVisible()
})
