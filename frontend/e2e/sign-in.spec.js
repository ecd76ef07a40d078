import { expect, test } from '@playwright/test'
import { organiser } from './helpers.js'

test('a wrong password shows the error', async ({ page }) => {
  await page.goto('/login')
  await page.getByLabel('Email').fill(organiser)
  await page.getByLabel('Password').fill('not-the-password')
  await page.getByRole('button', { name: 'Sign in' }).click()

  await expect(page.getByRole('alert')).toContainText('Email or password is incorrect.')
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
})
