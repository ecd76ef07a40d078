import { expect, test } from '@playwright/test'
import { createLiveWorkshop, delegateNote, organiser, signIn, watchCsp } from './helpers.js'

test('an organiser previews the workshop report, with a note of markup shown as text, and downloads the PDF', async ({
  page,
  request,
}) => {
  const live = await createLiveWorkshop(request)
  const markup = '<img src=x onerror=alert(1)> was posted under our appeal'
  await delegateNote(request, live, markup, 'CONCERN')
  const csp = watchCsp(page)
  page.on('dialog', (dialog) => {
    throw new Error(`A dialog opened: ${dialog.message()}`)
  })

  await signIn(page, organiser)
  await page.goto(`/workshops/${live.workshop.id}`)
  await page.getByRole('navigation', { name: 'Workshop sections' }).getByRole('link', { name: 'Report' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Report' })).toBeVisible()
  await expect(page).toHaveURL(new RegExp(`/workshops/${live.workshop.id}/report$`))

  const preview = page.frameLocator('iframe[title="Report preview"]')
  await expect(preview.getByRole('heading', { level: 1, name: live.workshop.title })).toBeVisible()
  // the report's own stylesheet applies: the policy allows it by its hash, and nothing else inline
  await expect(preview.getByRole('heading', { level: 2, name: 'Agenda and notes' })).toHaveCSS(
    'border-bottom-style',
    'solid',
  )
  await expect(preview.getByText(markup)).toBeVisible()
  await expect(preview.locator('img')).toHaveCount(0)
  await expect(page.locator('iframe[title="Report preview"]')).toHaveAttribute('sandbox', '')

  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download PDF' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/-report\.pdf$/)
  await expect(page.getByText(`Downloaded ${download.suggestedFilename()}.`)).toBeVisible()
  expect(csp).toEqual([])
})
