import { expect, test } from '@playwright/test'
import { aDelegate, createScheduledWorkshop, fillRegistration, organiser, signIn, watchCsp } from './helpers.js'

test('a registration beyond capacity is waitlisted and promoted after a cancellation', async ({ page, request }) => {
  const { workshop } = await createScheduledWorkshop(request, { capacity: 1 })
  const csp = watchCsp(page)
  const first = aDelegate({ name: `Ana ${Date.now().toString(36)}` })
  const second = aDelegate({ name: `Ben ${Date.now().toString(36)}`, sector: 'ACADEMIA', organisation: 'KU Leuven' })

  // A takes the only seat
  await page.goto(`/register?code=${workshop.joinCode}`)
  await expect(page.getByRole('heading', { name: workshop.title })).toBeVisible()
  await fillRegistration(page, first)
  await page.getByLabel('I accept the privacy and attribution notice').check()
  await page.getByRole('button', { name: 'Register' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'You are registered' })).toBeVisible()
  await expect(page.getByLabel('Your personal link')).toHaveValue(/\/my-registration#key=.+/)
  await expect(page.getByRole('button', { name: 'Join the workshop' })).toBeVisible()

  // B lands on the waitlist
  await page.goto(`/register?code=${workshop.joinCode}`)
  await fillRegistration(page, second)
  await page.getByLabel('I accept the privacy and attribution notice').check()
  await page.getByRole('button', { name: 'Register' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'You are on the waitlist' })).toBeVisible()
  const secondLink = await page.getByLabel('Your personal link').inputValue()

  // the organiser cancels A; B gets the seat at once
  await signIn(page, organiser)
  await page.goto(`/workshops/${workshop.id}/delegates`)
  const table = page.locator('.delegates-table')
  await expect(table.getByRole('row').filter({ hasText: second.name })).toContainText('Waitlisted')
  await table.getByRole('row').filter({ hasText: first.name }).getByRole('button', { name: `Cancel the place of ${first.name}` }).click()
  await page.getByRole('button', { name: 'Yes, cancel the place' }).click()

  await expect(page.getByText(`${second.name} moved from the waitlist to registered.`)).toBeVisible()
  await expect(table.getByRole('row').filter({ hasText: first.name })).toContainText('Cancelled')
  const promoted = table.getByRole('row').filter({ hasText: second.name })
  await expect(promoted).toContainText('Registered')
  await expect(promoted).toContainText('Promoted from the waitlist')

  // and B's personal link now says so
  await page.goto(secondLink)
  await expect(page.getByRole('heading', { level: 1, name: 'You have a place' })).toBeVisible()
  await expect(page.getByRole('img', { name: /Check-in QR code/ })).toBeVisible()
  expect(csp).toEqual([])
})
