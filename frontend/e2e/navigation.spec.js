import { expect, test } from '@playwright/test'
import { organiser, signIn } from './helpers.js'

test('a deep link to the workshop list survives a reload', async ({ page }) => {
  const cspViolations = []
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) cspViolations.push(message.text())
  })
  await signIn(page, organiser)
  await page.goto('/workshops')
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Workshops' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible()
  await expect(page.getByLabel('Status')).toBeVisible()
  expect(cspViolations).toEqual([])
})

test('an unknown address shows the not-found page', async ({ page }) => {
  await signIn(page, organiser)
  await page.goto('/no-such-page/here')
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
})

test('a signed-out visitor is sent to sign in and back to where they were going', async ({ page }) => {
  await page.goto('/themes')
  await expect(page).toHaveURL(/\/login\?redirect=(%2F|\/)themes$/)
  await page.getByLabel('Email').fill(organiser)
  await page.getByLabel('Password').fill('workshop-demo')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Themes' })).toBeVisible()
})
