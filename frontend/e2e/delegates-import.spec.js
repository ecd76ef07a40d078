import { expect, test } from '@playwright/test'
import { createScheduledWorkshop, organiser, signIn, watchCsp } from './helpers.js'

test('a CSV import with one bad row reports the imported and the refused line', async ({ page, request }) => {
  const { workshop } = await createScheduledWorkshop(request)
  const csp = watchCsp(page)
  const good = `good-${Date.now().toString(36)}@example.org`
  const bad = `bad-${Date.now().toString(36)}@example.org`

  await signIn(page, organiser)
  await page.goto(`/workshops/${workshop.id}/delegates`)
  await expect(page.getByRole('heading', { level: 1, name: 'Delegates' })).toBeVisible()

  await page.getByRole('button', { name: 'Import CSV' }).click()
  await page
    .getByLabel('Or paste the CSV')
    .fill(
      [
        'name,email,organisation,sector,country',
        `Ana Costa,${good},Polícia Judiciária,POLICE,PT`,
        `Bad Row,${bad},Nowhere Ltd,WIZARD,BE`,
      ].join('\n'),
    )
  await page.getByRole('button', { name: 'Import', exact: true }).click()

  await expect(page.getByRole('heading', { name: 'Import report: 1 imported, 1 refused' })).toBeVisible()
  const report = page.locator('.import-report')
  const importedRow = report.getByRole('row').filter({ hasText: good })
  await expect(importedRow).toContainText('2')
  await expect(importedRow).toContainText('Imported')
  await expect(importedRow).toContainText('/my-registration#key=')
  const refusedRow = report.getByRole('row').filter({ hasText: bad })
  await expect(refusedRow).toContainText('3')
  await expect(refusedRow).toContainText('Refused')
  await expect(refusedRow).toContainText(/sector/i)
  await expect(refusedRow).toContainText('WIZARD')
  await expect(refusedRow).toHaveClass(/row--refused/)

  // the imported delegate is in the list, invited
  const listed = page.locator('.delegates-table').getByRole('row').filter({ hasText: 'Ana Costa' })
  await expect(listed).toContainText('Invited')
  await expect(page.locator('.delegates-table')).not.toContainText('Bad Row')
  expect(csp).toEqual([])
})
