import { expect, test } from '@playwright/test'
import { PHONE, aDelegate, createScheduledWorkshop, registerDelegate, watchCsp } from './helpers.js'

/** Opens the community from the personal link and makes the profile visible with every detail and a contact. */
async function joinTheCommunity(page, accessToken, contact) {
  await page.goto(`/my-registration#key=${accessToken}`)
  await expect(page.getByRole('heading', { level: 1, name: 'You have a place' })).toBeVisible()
  await page.getByRole('button', { name: 'Open the community' }).click()
  await expect(page).toHaveURL(/\/community\/profile$/)
  await expect(page.getByRole('heading', { level: 1, name: 'My community profile' })).toBeVisible()

  await expect(page.locator('.preview')).toHaveText('Others see nothing: you are not in the directory.')
  await page.getByLabel('Show me in the community directory').check()
  await page.getByLabel(/^Show my name/).check()
  await page.getByLabel(/^Show my sector/).check()
  await expect(page.locator('.preview')).toContainText('Others see:')
  await page.getByLabel('How to reach me').fill(contact)
  await page.getByRole('button', { name: 'Save my profile' }).click()
  await expect(page.getByText('Saved. You are in the directory')).toBeVisible()
}

test('two delegates meet through the community on their phones: asked, accepted, contacts shared', async ({
  browser,
  request,
}) => {
  const { workshop } = await createScheduledWorkshop(request)
  const ana = aDelegate({
    name: `Ana ${Date.now().toString(36)}`,
    sector: 'POLICE',
    organisation: 'Polícia Judiciária',
  })
  const bo = aDelegate({
    name: `Bo ${Date.now().toString(36)}`,
    sector: 'CIVIL_SOCIETY',
    organisation: 'Digital Rights NGO',
  })
  const anaLink = await registerDelegate(request, workshop, ana)
  const boLink = await registerDelegate(request, workshop, bo)

  const anaPhone = await browser.newContext(PHONE)
  const boPhone = await browser.newContext(PHONE)
  const anaPage = await anaPhone.newPage()
  const boPage = await boPhone.newPage()
  const csp = [watchCsp(anaPage), watchCsp(boPage)]

  await joinTheCommunity(boPage, boLink.accessToken, 'bo@digital-rights.example')
  await joinTheCommunity(anaPage, anaLink.accessToken, 'ana@pj.example')

  // Ana finds Bo in the directory (with his sector, never his organisation) and asks to meet
  await anaPage.getByRole('link', { name: 'Directory' }).click()
  await expect(anaPage.getByRole('heading', { level: 1, name: 'Community directory' })).toBeVisible()
  await anaPage.getByLabel('Find someone').fill(bo.name)
  const boCard = anaPage.locator('article').filter({ hasText: bo.name })
  await expect(boCard).toContainText('Civil society')
  await expect(boCard).not.toContainText('Digital Rights NGO')
  await boCard.getByRole('button', { name: `Ask for an introduction to ${bo.name}` }).click()
  await boCard.getByLabel(`Message to ${bo.name}`).fill('We both worry about rumours during protests. Shall we talk?')
  await boCard.getByRole('button', { name: 'Send request' }).click()
  await expect(anaPage.getByRole('status').filter({ hasText: `Your request to ${bo.name} is sent.` })).toBeVisible()

  await anaPage.getByRole('link', { name: 'Introductions' }).click()
  const asked = anaPage.locator('article').filter({ hasText: bo.name })
  await expect(asked).toContainText('Waiting for an answer')
  await expect(asked).not.toContainText('bo@digital-rights.example')

  // Bo sees the request with Ana's message, and accepts
  await boPage.goto('/community/introductions')
  const request1 = boPage.locator('article').filter({ hasText: ana.name })
  await expect(request1).toContainText('Shall we talk?')
  await expect(request1).not.toContainText('ana@pj.example')
  await request1.getByRole('button', { name: `Accept ${ana.name}` }).click()
  await expect(request1).toContainText('How to reach them: ana@pj.example')

  // Ana now sees how to reach Bo
  await anaPage.reload()
  const accepted = anaPage.locator('article').filter({ hasText: bo.name })
  await expect(accepted).toContainText('Accepted')
  await expect(accepted).toContainText('How to reach them: bo@digital-rights.example')

  // nothing wider than the phone
  const overflow = await anaPage.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow).toBeLessThanOrEqual(0)
  expect(csp.flat()).toEqual([])
  await anaPhone.close()
  await boPhone.close()
})
