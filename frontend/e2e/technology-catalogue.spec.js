import { expect, test } from '@playwright/test'
import { analyst, createLiveWorkshop, delegateNote, signIn, uniqueTitle, watchCsp } from './helpers.js'

test.setTimeout(90_000)

test('an analyst adds a technology, edits it, tags a note to it and sees the note in its evidence', async ({
  page,
  request,
}) => {
  const live = await createLiveWorkshop(request)
  const marker = uniqueTitle('tech')
  const name = `Queue-length estimation ${marker}`
  await delegateNote(request, live, `We estimated the gate queues from posts and opened two more gates (${marker})`)

  const csp = watchCsp(page)
  await signIn(page, analyst)
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Technologies' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Technology catalogue' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Geolocation of public posts' })).toBeVisible()

  // add it
  await page.getByRole('link', { name: 'New technology' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'New technology' })).toBeVisible()
  await page.getByLabel('Name').fill(name)
  await page.getByLabel('Category').selectOption('MONITORING_AND_ANALYTICS')
  await page.getByLabel('Maturity').selectOption('EMERGING')
  await page.getByLabel('Summary').fill('Estimates how long the queues at event gates are from public posts.')
  await page.getByLabel('Uses').fill('- Opening more gates before a crush forms.')
  await page.getByRole('group', { name: 'Themes' }).getByLabel('Riots and mass gatherings').check()
  await page.getByRole('group', { name: 'Related patterns' }).getByLabel('Pre-event messaging to crowds').check()
  await page.getByLabel('Links').fill('https://eur-lex.europa.eu/eli/reg/2016/679/oj')
  await page.getByRole('button', { name: 'Add technology' }).click()
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
  await expect(page.locator('.technology-facts dd', { hasText: /^Emerging$/ })).toBeVisible()
  await expect(page.locator('#evidence-supports')).toHaveText('0')
  const address = new URL(page.url()).pathname

  // edit it: the If-Match round trip
  await page.getByRole('link', { name: 'Edit' }).click()
  await expect(page.getByRole('heading', { level: 1, name: `Edit ${name}` })).toBeVisible()
  await page.getByLabel('Maturity').selectOption('PILOTED')
  await page.getByLabel('Risks').fill('Posts come from a few people in the queue.')
  await page.getByRole('button', { name: 'Save technology' }).click()
  await expect(page).toHaveURL(address)
  await expect(page.locator('.technology-facts dd', { hasText: /^Piloted$/ })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Risks' })).toBeVisible()
  await expect(page.locator('.revision')).toHaveCount(2)
  await expect(page.locator('.revision').first()).toContainText('Version 1')

  // tag the note to it in the tagging workspace
  await page.goto(`/workshops/${live.workshop.id}/tagging`)
  await expect(page.getByRole('heading', { level: 1, name: 'Tagging' })).toBeVisible()
  const current = page.locator('.tagging__notes [aria-current="true"]')
  await expect(current).toContainText(marker)
  await page.getByRole('radio', { name: 'A technology' }).check()
  await page.getByLabel('Search technologies (/)').fill(marker)
  await page.getByRole('list', { name: 'Technologies' }).getByRole('button', { name }).click()
  await expect(page.locator('.tagging__chosen')).toContainText(`Chosen technology: ${name}`)
  await page.getByRole('button', { name: 'Tag (Enter)' }).click()
  await expect(page.locator('.tagging__status')).toContainText(`Tagged to ${name}`)
  // the note still waits for its pattern
  await expect(current).toContainText(marker)

  // and it is the technology's evidence
  await page.goto(address)
  await expect(page.locator('#evidence-supports')).toHaveText('1')
  await expect(page.locator('.evidence-item').filter({ hasText: marker })).toContainText('Supports')
  await expect(page.locator('.evidence-item').filter({ hasText: marker })).toContainText(live.workshop.title)
  expect(csp).toEqual([])
})
