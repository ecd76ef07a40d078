import { expect, test } from '@playwright/test'
import { aFutureDay, fillWorkshopForm, nextDay, organiser, signIn, uniqueTitle } from './helpers.js'

test('an organiser creates a workshop, schedules it and finds it in the list', async ({ page }) => {
  await signIn(page, organiser)
  const title = uniqueTitle('Trolling workshop')
  const day = aFutureDay()

  await page.getByRole('link', { name: 'New workshop' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'New workshop' })).toBeVisible()
  await fillWorkshopForm(page, { title, day })
  await page.getByRole('button', { name: 'Create workshop' }).click()

  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await expect(page.getByText('Draft', { exact: true })).toBeVisible()
  await expect(page.getByText('09:00–17:00', { exact: false }).first()).toBeVisible()

  await page.getByRole('button', { name: 'Schedule' }).click()
  await expect(page.getByText('Scheduled', { exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Go live' })).toBeVisible()

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Workshops' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Workshops' })).toBeVisible()
  await page.getByLabel('Status').selectOption({ label: 'Scheduled' })
  await page.getByLabel('Starts from').fill(day)
  await page.getByLabel('Starts until').fill(nextDay(day))

  await expect(page).toHaveURL(/status=SCHEDULED/)
  await expect(page.getByRole('link', { name: title })).toBeVisible()
})
