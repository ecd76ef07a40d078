import { expect, test } from '@playwright/test'
import { PHONE, analyst, apiToken, bearer, watchCsp } from './helpers.js'

test.use(PHONE)

// The Pattern Language as a public guide: someone without an account, on a phone, finds it from the
// sign-in page, browses a theme, reads a pattern and its evidence counts, and can print it; a draft
// pattern's address is simply not found.

/** The demo's pattern with evidence for and against, from two workshops (DemoData.EVIDENCE_PATTERN). */
const EVIDENCE_PATTERN = 'rapid-rumour-rebuttal'

const fitsThePhone = async (page) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)

test('anyone reads the guide on a phone: from sign-in, by theme, to a pattern and its evidence counts', async ({
  page,
  request,
}) => {
  const published = await request.get(`/api/public/patterns/${EVIDENCE_PATTERN}`)
  expect(published.status()).toBe(200)
  expect(published.headers()['cache-control']).toBe('public, max-age=60')
  const { name, evidence } = await published.json()
  expect(evidence.supports + evidence.contradicts).toBeGreaterThan(0)
  const csp = watchCsp(page)

  await page.goto('/login')
  await page.getByRole('link', { name: 'Pattern Language guide' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Pattern Language guide' })).toBeVisible()
  await expect(page).toHaveURL(/\/guide$/)

  await page.getByRole('navigation', { name: 'Themes' }).getByRole('link', { name: 'Trolling' }).click()
  await expect(page).toHaveURL(/\/guide\?theme=trolling$/)
  await expect(page.getByRole('heading', { level: 2, name: 'Patterns in Trolling' })).toBeVisible()
  await expect(
    page.getByRole('navigation', { name: 'Themes' }).getByRole('link', { name: 'Trolling' }),
  ).toHaveAttribute('aria-current', 'page')
  await fitsThePhone(page)

  await page.getByRole('link', { name, exact: true }).click()
  await expect(page).toHaveURL(new RegExp(`/guide/${EVIDENCE_PATTERN}$`))
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: 'Problem' })).toBeVisible()
  await expect(page.getByText('For discussion:').first()).toBeVisible()

  const counts = page.locator('.evidence-counts')
  await counts.scrollIntoViewIfNeeded()
  await expect(page.locator('#guide-evidence-supports')).toHaveText(String(evidence.supports))
  await expect(page.locator('#guide-evidence-contradicts')).toHaveText(String(evidence.contradicts))
  const bySector = page.getByRole('table', { name: 'Evidence by sector' })
  await expect(bySector).toBeVisible()
  await expect(bySector.getByRole('rowheader').first()).not.toHaveText(/^[A-Z_]+$/)
  await expect(page.getByRole('table', { name: 'Evidence by theme' })).toBeVisible()
  await fitsThePhone(page)

  // printed: the pattern and its numbers, without the header, the way back or the charts' canvases
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('.app-header')).toBeHidden()
  await expect(page.getByRole('link', { name: 'Back to the Pattern Language guide' })).toBeHidden()
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
  await expect(page.getByRole('table', { name: 'Evidence by sector' })).toBeVisible()
  await page.emulateMedia({ media: 'screen' })

  expect(csp).toEqual([])
})

test("a draft pattern's address shows a not-found page, and the draft is in no list", async ({ page, request }) => {
  const token = await apiToken(request, analyst)
  const stamp = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`
  const slug = `e2e-draft-${stamp}`
  const draftName = `Unpublished draft ${stamp}`
  const created = await request.post('/api/patterns', {
    headers: bearer(token),
    data: {
      slug,
      name: draftName,
      summary: 'Still being written.',
      problem: 'Not ready.',
      themes: ['trolling'],
      status: 'DRAFT',
    },
  })
  expect(created.status(), await created.text()).toBe(201)

  await page.goto(`/guide/${slug}`)
  await expect(page.getByRole('heading', { level: 1, name: 'Pattern not found' })).toBeVisible()
  await expect(page.getByText(draftName)).toHaveCount(0)

  await page.getByRole('link', { name: 'Browse the published patterns' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Pattern Language guide' })).toBeVisible()
  await page.getByLabel('Search the patterns').fill(`draft ${stamp}`)
  await page.getByRole('button', { name: 'Search' }).click()
  await expect(page.getByText('No published pattern matches')).toBeVisible()
  await expect(page.getByText(draftName)).toHaveCount(0)
})
