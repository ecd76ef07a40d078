import { expect, test } from '@playwright/test'
import { PHONE, analyst, bearer, createLiveWorkshop, delegateNote, signIn, uniqueTitle, watchCsp } from './helpers.js'

test.setTimeout(120_000)

/** A PUBLISHED lesson of the live workshop, drawn from these notes by its organiser. */
async function aPublishedLesson(request, live, { title, type = 'BEST_PRACTICE', noteIds }) {
  const created = await request.post(`/api/workshops/${live.workshop.id}/lessons`, {
    headers: bearer(live.token),
    data: { title, statement: 'Say it early, say it plainly, say it from one account.', type, noteIds },
  })
  expect(created.status(), await created.text()).toBe(201)
  const { id } = await created.json()
  for (const to of ['VALIDATED', 'PUBLISHED']) {
    const moved = await request.post(`/api/lessons/${id}/transitions`, { headers: bearer(live.token), data: { to } })
    expect(moved.status(), await moved.text()).toBe(200)
  }
  return id
}

test('an analyst publishes a best-practice report, and anyone reads it on a phone without signing in', async ({
  page,
  browser,
  request,
  baseURL,
}) => {
  const live = await createLiveWorkshop(request)
  const quote = uniqueTitle('We briefed the crowd before kick-off')
  const note = await delegateNote(request, live, quote)
  const lesson = uniqueTitle('Brief crowds before the event')
  await aPublishedLesson(request, live, { title: lesson, noteIds: [note.id] })
  const title = uniqueTitle('Crowd safety best practices')
  const csp = watchCsp(page)

  await signIn(page, analyst)
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Publications' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Publications' })).toBeVisible()
  await page.getByRole('link', { name: 'New publication' }).click()

  await page.getByLabel('Title', { exact: true }).fill(title)
  await page.getByRole('radio', { name: /Best-practice report/ }).check()
  await page.getByLabel('Find a workshop').fill(live.workshop.title)
  await page.getByRole('checkbox', { name: new RegExp(live.workshop.title) }).check()
  await page.getByLabel(/Introduction/).fill('What the workshop found worked.')
  await page.getByRole('button', { name: 'Create draft' }).click()

  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  const preview = page.frameLocator('iframe.publication-preview')
  await expect(preview.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await expect(preview.getByText(lesson)).toBeVisible()
  await expect(preview.getByText(quote)).toBeVisible()

  await page.getByRole('button', { name: 'Send to review' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'The publication is now in review.' })).toBeVisible()
  await page.getByRole('button', { name: 'Publish', exact: true }).click()
  const dialog = page.getByRole('alertdialog')
  await expect(dialog).toContainText('makes it public to anyone')
  await dialog.getByRole('button', { name: 'Yes, publish' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Published as version 1.' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 3, name: 'Version 1' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Withdraw' })).toBeVisible()
  expect(csp).toEqual([])

  // signed out, on a phone
  const phoneContext = await browser.newContext({ ...PHONE, baseURL })
  const phone = await phoneContext.newPage()
  const phoneCsp = watchCsp(phone)
  await phone.goto('/p')
  await expect(phone.getByRole('heading', { level: 1, name: 'Publications' })).toBeVisible()
  await phone.getByRole('link', { name: title }).click()
  await expect(phone.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await expect(phone.getByText('Version 1, published')).toBeVisible()
  await expect(phone.getByRole('heading', { name: lesson })).toBeVisible()
  await expect(phone.getByText(quote)).toBeVisible()
  const pdf = phone.getByRole('link', { name: 'Download PDF' })
  const pdfAnswer = await request.get(await pdf.getAttribute('href'))
  expect(pdfAnswer.status()).toBe(200)
  expect(pdfAnswer.headers()['content-type']).toBe('application/pdf')
  expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)
  expect(phoneCsp).toEqual([])
  await phoneContext.close()
})

test('a note with markup in a published lesson is shown as text on the public page', async ({ page, request }) => {
  const hostile = '<img src=x onerror=window.__xss=1>'
  const live = await createLiveWorkshop(request)
  const note = await delegateNote(request, live, hostile)
  await aPublishedLesson(request, live, { title: uniqueTitle('Quote as text'), noteIds: [note.id] })

  const token = (
    await (await request.post('/api/auth/login', { data: { email: analyst, password: 'workshop-demo' } })).json()
  ).token
  const created = await request.post('/api/publications', {
    headers: bearer(token),
    data: { title: uniqueTitle('Markup stays text'), kind: 'BEST_PRACTICE_REPORT', workshops: [live.workshop.id] },
  })
  expect(created.status(), await created.text()).toBe(201)
  const { id, slug } = await created.json()
  for (const to of ['IN_REVIEW', 'PUBLISHED']) {
    const moved = await request.post(`/api/publications/${id}/transitions`, { headers: bearer(token), data: { to } })
    expect(moved.status(), await moved.text()).toBe(200)
  }

  await page.goto(`/p/${slug}`)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByText(hostile)).toBeVisible()
  expect(await page.evaluate(() => window.__xss)).toBeUndefined()
  expect(await page.locator('main img').count()).toBe(0)

  // the HTML file itself, opened directly
  await page.goto(`/api/public/publications/${slug}?format=html`)
  await expect(page.getByText(hostile)).toBeVisible()
  expect(await page.evaluate(() => window.__xss)).toBeUndefined()
  expect(await page.locator('img').count()).toBe(0)
})
