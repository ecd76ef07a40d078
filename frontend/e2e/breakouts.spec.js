import { expect, test } from '@playwright/test'
import { aDelegate, createScheduledWorkshop, organiser, registerDelegate, signIn, watchCsp } from './helpers.js'

const PEOPLE = [
  ['POLICE', 'Politie Antwerpen'],
  ['POLICE', 'Police Scotland'],
  ['ACADEMIA', 'KU Leuven'],
  ['ACADEMIA', 'TU Delft'],
  ['CIVIL_SOCIETY', 'Digital Rights NGO'],
  ['POLICYMAKER', 'European Commission'],
  ['INDUSTRY', 'Social Platform Inc'],
  ['MEDIA', 'Public Broadcaster'],
]

test('a breakout allocation shows its groups and score, and a delegate moves with the select', async ({
  page,
  request,
}) => {
  const { workshop } = await createScheduledWorkshop(request, { capacity: 20 })
  for (const [index, [sector, organisation]] of PEOPLE.entries()) {
    await registerDelegate(
      request,
      workshop,
      aDelegate({ name: `Person ${index + 1} ${sector}`, sector, organisation }),
    )
  }
  const csp = watchCsp(page)

  await signIn(page, organiser)
  await page.goto(`/workshops/${workshop.id}/breakouts`)
  await expect(page.getByRole('heading', { level: 1, name: 'Breakouts' })).toBeVisible()
  await expect(page.getByText('No breakout groups yet.')).toBeVisible()

  await page.getByLabel('Number of groups').check()
  await page.getByLabel('How many groups').fill('2')
  await page.getByRole('button', { name: 'Allocate' }).click()

  const group1 = page.getByRole('region', { name: 'Group 1' })
  const group2 = page.getByRole('region', { name: 'Group 2' })
  await expect(group1).toBeVisible()
  await expect(group2).toBeVisible()
  await expect(page.getByRole('region', { name: 'Group 3' })).toHaveCount(0)
  const score = page.getByRole('region', { name: 'How well mixed' })
  const comparison = '(better than|worse than|about the same as) a random split'
  await expect(score).toContainText(new RegExp(`Sector coverage: \\d+%, ${comparison} \\(\\d+%\\)`))
  await expect(score).toContainText(new RegExp(`Same-organisation pairs: [\\d.]+, ${comparison} \\([\\d.]+\\)`))
  await expect(score).toContainText(new RegExp(`Repeated pairs: [\\d.]+, ${comparison} \\([\\d.]+\\)`))
  await expect(score).toContainText(new RegExp(`New cross-sector pairs: [\\d.]+, ${comparison} \\([\\d.]+\\)`))
  expect(await page.locator('.breakout-card').count()).toBe(PEOPLE.length)

  // move the first delegate of group 1 to group 2 with the accessible select
  const card = group1.locator('.breakout-card').first()
  const name = (await card.locator('.breakout-card__name').textContent()).trim()
  await group1.getByLabel(`Move to group for ${name}`).selectOption('2')

  await expect(group2.getByText(name, { exact: true })).toBeVisible()
  await expect(group1.getByText(name, { exact: true })).toHaveCount(0)
  await expect(page.getByText(`${name} moved from group 1 to group 2.`)).toBeVisible()
  await expect(group2.getByLabel(`Move to group for ${name}`)).toHaveValue('2')
  await expect(group2.getByLabel(`Move to group for ${name}`)).toBeFocused()
  expect(csp).toEqual([])
})
