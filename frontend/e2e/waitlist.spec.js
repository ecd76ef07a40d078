import { expect, test } from '@playwright/test'
import {
  aDelegate,
  createScheduledWorkshop,
  fillRegistration,
  issuePersonalLink,
  organiser,
  signIn,
  watchCsp,
} from './helpers.js'

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
  // the answer says to check the email: the personal link is never on the page
  await expect(page.getByRole('heading', { level: 1, name: 'Check your email' })).toBeVisible()
  await expect(page.getByText(first.email)).toBeVisible()
  await expect(page.getByText('Already have your link? Open it from the email.')).toBeVisible()
  expect(await page.content()).not.toMatch(/#key=/)

  // B lands on the waitlist
  await page.goto(`/register?code=${workshop.joinCode}`)
  await fillRegistration(page, second)
  await page.getByLabel('I accept the privacy and attribution notice').check()
  await page.getByRole('button', { name: 'Register' }).click()
  // the same answer, though B is on the waitlist: the email says which
  await expect(page.getByRole('heading', { level: 1, name: 'Check your email' })).toBeVisible()

  // the organiser cancels A; B gets the seat at once
  await signIn(page, organiser)
  await page.goto(`/workshops/${workshop.id}/delegates`)
  const table = page.locator('.delegates-table')
  await expect(table.getByRole('row').filter({ hasText: second.name })).toContainText('Waitlisted')
  await table
    .getByRole('row')
    .filter({ hasText: first.name })
    .getByRole('button', { name: `Cancel the place of ${first.name}` })
    .click()
  await page.getByRole('button', { name: 'Yes, cancel the place' }).click()

  await expect(page.getByText(`${second.name} moved from the waitlist to registered.`)).toBeVisible()
  await expect(table.getByRole('row').filter({ hasText: first.name })).toContainText('Cancelled')
  const promoted = table.getByRole('row').filter({ hasText: second.name })
  await expect(promoted).toContainText('Registered')
  await expect(promoted).toContainText('Promoted from the waitlist')

  // and B's personal link now says so (the organiser issues B a new one: the emailed link is not readable here)
  const { personalLink } = await issuePersonalLink(request, workshop, second.email)
  await page.goto(personalLink)
  await expect(page.getByRole('heading', { level: 1, name: 'You have a place' })).toBeVisible()
  await expect(page.getByRole('img', { name: /Check-in QR code/ })).toBeVisible()
  expect(csp).toEqual([])
})
