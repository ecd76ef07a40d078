import { readFile } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import { PHONE, aDelegate, createScheduledWorkshop, registerDelegate, watchCsp } from './helpers.js'

test.use(PHONE)

test('a delegate downloads their data and erases it from their personal link on a phone', async ({ page, request }) => {
  const { workshop } = await createScheduledWorkshop(request)
  const delegate = aDelegate({ name: 'Inès Moreau', organisation: 'Préfecture du Rhône', country: 'FR' })
  const { accessToken } = await registerDelegate(request, workshop, delegate)
  const csp = watchCsp(page)

  await page.goto(`/my-registration#key=${accessToken}`)
  await expect(page.getByRole('heading', { level: 1, name: 'You have a place' })).toBeVisible()
  const myData = page.getByRole('region', { name: 'My data' })
  await expect(myData).toContainText('Version 1, on')

  // download: a JSON file with everything held about them
  const downloading = page.waitForEvent('download')
  await myData.getByRole('button', { name: 'Download my data' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe(`my-data-workshop-${workshop.id}.json`)
  const data = JSON.parse(await readFile(await download.path(), 'utf8'))
  expect(data.registration.name).toBe('Inès Moreau')
  expect(data.registration.email).toBe(delegate.email)
  expect(data.consents).toHaveLength(1)
  await expect(page.getByRole('status').filter({ hasText: 'Your data is downloaded' })).toBeVisible()

  // erase: the confirmation says what goes and what stays; "no" changes nothing
  await myData.getByRole('button', { name: 'Erase my data' }).click()
  const dialog = page.getByRole('alertdialog', { name: 'Erase your personal data?' })
  await expect(dialog).toContainText('Your name, email, organisation')
  await expect(dialog).toContainText("Your notes and votes stay, attributed to 'a delegate'")
  await dialog.getByRole('button', { name: 'No, keep it' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('heading', { level: 1, name: 'You have a place' })).toBeVisible()

  await myData.getByRole('button', { name: 'Erase my data' }).click()
  await dialog.getByRole('button', { name: 'Yes, erase my data' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Your data is erased' })).toBeVisible()
  await expect(page.getByText('This personal link no longer works. You can close this page.')).toBeVisible()
  await expect(page.getByText('Inès Moreau')).toHaveCount(0)

  // nothing wider than the phone
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow).toBeLessThanOrEqual(0)

  // the same link, opened again, no longer works
  await page.reload()
  await expect(page.getByRole('alert')).toContainText('This personal link no longer works')
  await expect(page.getByRole('region', { name: 'My data' })).toHaveCount(0)
  expect(csp).toEqual([])
})
