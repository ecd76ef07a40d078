import { expect, test } from '@playwright/test'
import { aDelegate, checkInDelegate, createScheduledWorkshop, registerDelegate, watchCsp } from './helpers.js'

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

test('a checked-in delegate joins by code and email on a phone', async ({ page, request }) => {
  const { workshop, token } = await createScheduledWorkshop(request)
  const delegate = aDelegate({
    name: 'Chloé Martin',
    sector: 'CIVIL_SOCIETY',
    organisation: 'Digital Rights NGO',
    country: 'FR',
  })
  const { delegateId } = await registerDelegate(request, workshop, delegate)
  await checkInDelegate(request, token, workshop.id, delegateId)
  const csp = watchCsp(page)

  await page.goto('/join')
  await expect(page.getByRole('heading', { level: 1, name: 'Join the workshop' })).toBeVisible()

  // a wrong email is refused with the server's sentence
  await page.getByLabel('Join code').fill(workshop.joinCode)
  await page.getByLabel('Email').fill('somebody-else@example.org')
  await page.getByRole('button', { name: 'Join', exact: true }).click()
  await expect(page.getByRole('alert')).toContainText(/check in at the desk/i)

  await page.getByLabel('Email').fill(delegate.email)
  await page.getByRole('button', { name: 'Join', exact: true }).click()

  await expect(page).toHaveURL(/\/live$/)
  await expect(page.getByRole('heading', { level: 1, name: `You have joined ${workshop.title}` })).toBeVisible()
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('workshopHub.delegate')))
  expect(stored.workshop.id).toBe(workshop.id)
  expect(stored.delegate.id).toBe(delegateId)
  expect(await page.evaluate(() => localStorage.getItem('workshopHub.session'))).toBeNull()

  // nothing wider than the phone
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow).toBeLessThanOrEqual(0)

  await page.getByRole('button', { name: 'Leave' }).click()
  await expect(page).toHaveURL(/\/join$/)
  expect(await page.evaluate(() => localStorage.getItem('workshopHub.delegate'))).toBeNull()
  expect(csp).toEqual([])
})
