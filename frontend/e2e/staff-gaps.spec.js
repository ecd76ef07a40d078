// What staff could do through the API but not in the browser: adding a pattern, editing a lesson,
// tagging a lesson and several notes at once, an organiser choosing a facilitator; and the words the
// forms and pages use. The facilitator and breakouts tests need GET /api/staff and the 204 from
// GET /api/workshops/{id}/breakouts.
import { expect, test } from '@playwright/test'
import {
  analyst,
  apiToken,
  bearer,
  createLiveWorkshop,
  createScheduledWorkshop,
  organiser,
  signIn,
  uniqueTitle,
  watchCsp,
  delegateNote,
} from './helpers.js'

test.setTimeout(90_000)

/** A pattern whose name no other name starts with, so that typing it finds just that one first. */
async function aDistinctPattern(request, token) {
  const response = await request.get('/api/patterns/graph', { headers: bearer(token) })
  expect(response.status(), await response.text()).toBe(200)
  const { nodes } = await response.json()
  return [...nodes]
    .sort((a, b) => a.name.localeCompare(b.name))
    .find((n) => !nodes.some((o) => o !== n && o.name.startsWith(n.name)))
}

async function tagsOf(request, token, type, id) {
  const response = await request.get(`/api/${type}/${id}/tags`, { headers: bearer(token) })
  expect(response.status(), await response.text()).toBe(200)
  return response.json()
}

test('an analyst adds a pattern; the form names what is missing in its own words', async ({ page }) => {
  const name = uniqueTitle('Browser-made pattern')
  const csp = watchCsp(page)
  await signIn(page, analyst)
  await page.goto('/patterns')
  await page.getByRole('link', { name: 'New pattern' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'New pattern' })).toBeVisible()

  await page.getByRole('button', { name: 'Add pattern' }).click()
  const summary = page.getByRole('alert')
  await expect(summary).toContainText('Please check: Name, Slug, Summary, Themes')
  await expect(summary).not.toContainText('Some fields are not valid')

  await page.getByLabel('Name', { exact: true }).fill(name)
  await expect(page.getByLabel('Slug', { exact: true })).toHaveValue(name.toLowerCase().replace(/[^a-z0-9]+/g, '-'))
  await page
    .getByLabel('Summary', { exact: true })
    .fill('Made by a browser test to show that analysts can add patterns.')
  await page.getByRole('group', { name: 'Themes' }).getByRole('checkbox').first().check()
  await page.getByRole('button', { name: 'Add pattern' }).click()

  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
  await expect(page).toHaveURL(/\/patterns\/browser-made-pattern-/)
  expect(csp).toEqual([])
})

test('an analyst edits a lesson, tags it to a pattern, and tags two notes at once', async ({ page, request }) => {
  const live = await createLiveWorkshop(request)
  const tag = uniqueTitle('bulk')
  const first = await delegateNote(
    request,
    live,
    `Police answered rumours in the same channel they spread in (${tag} one)`,
  )
  const second = await delegateNote(request, live, `A single official account calmed the rumours down (${tag} two)`)
  const created = await request.post(`/api/workshops/${live.workshop.id}/lessons`, {
    headers: bearer(live.token),
    data: {
      title: uniqueTitle('Answer in the same channel'),
      statement: 'Answer where the rumour is.',
      type: 'LESSON_LEARNED',
      noteIds: [first.id],
    },
  })
  expect(created.status(), await created.text()).toBe(201)
  const lesson = await created.json()
  const token = await apiToken(request, analyst)
  const pattern = await aDistinctPattern(request, token)

  const csp = watchCsp(page)
  await signIn(page, analyst)

  // edit the lesson in its card
  await page.goto(`/workshops/${live.workshop.id}/lessons`)
  const card = page.locator('.lesson-card').filter({ hasText: lesson.title })
  await card.getByRole('button', { name: `Edit: ${lesson.title}` }).click()
  await card.getByLabel('Statement').fill('Answer where the rumour is, within the hour.')
  await card.getByRole('button', { name: 'Save lesson' }).click()
  await expect(page.locator('.live-region')).toContainText(`Saved “${lesson.title}”.`)
  await expect(page.locator('.lesson-card').filter({ hasText: lesson.title })).toContainText(
    'Answer where the rumour is, within the hour.',
  )

  // the tagging page offers the lesson
  await page.goto(`/workshops/${live.workshop.id}/tagging`)
  await expect(page.getByRole('heading', { level: 1, name: 'Tagging' })).toBeVisible()
  await page.getByRole('link', { name: '1 lesson has no pattern yet' }).click()
  const lessonForm = page.getByRole('form', { name: lesson.title })
  await lessonForm.getByLabel('Pattern').selectOption(pattern.slug)
  await lessonForm.getByRole('button', { name: `Tag lesson: ${lesson.title}` }).click()
  const status = page.locator('.tagging__status')
  await expect(status).toContainText(`Tagged the lesson “${lesson.title}” to ${pattern.name}.`)
  expect((await tagsOf(request, token, 'lessons', lesson.id)).map((t) => t.pattern.slug)).toEqual([pattern.slug])

  // x selects the note in hand; j, x the next; / and the name, Enter tags both
  const current = page.locator('.tagging__notes [aria-current="true"]')
  await expect(current).toContainText(`${tag} one`)
  await page.locator('body').press('x')
  await page.locator('body').press('j')
  await page.locator('body').press('x')
  await expect(status).toContainText('2 notes selected')
  await page.keyboard.press('/')
  await page.keyboard.type(pattern.name)
  await page.keyboard.press('Enter')
  await expect(status).toHaveText(`Tagged 2 notes to ${pattern.name}`)
  await expect(page.locator('.tagging__notes li').filter({ hasText: tag })).toHaveCount(0)
  for (const note of [first, second]) {
    expect((await tagsOf(request, token, 'notes', note.id)).map((t) => t.pattern.slug)).toContain(pattern.slug)
  }
  expect(csp).toEqual([])
})

test('an organiser chooses who facilitates a session', async ({ page, request }) => {
  const { workshop } = await createScheduledWorkshop(request)
  await signIn(page, organiser)
  await page.goto(`/workshops/${workshop.id}/agenda`)
  await expect(page.getByRole('heading', { level: 1, name: 'Agenda' })).toBeVisible()
  await page.getByLabel('Title').fill('Debunking in practice')
  const facilitator = page.getByLabel(/^Facilitator/)
  await expect(facilitator.locator('option', { hasText: 'Fen Facilitator' })).toHaveCount(1)
  await facilitator.selectOption({ label: 'Fen Facilitator' })
  await page.getByRole('button', { name: 'Add session' }).click()
  await expect(page.locator('.agenda-item').filter({ hasText: 'Debunking in practice' })).toContainText(
    'Facilitator: Fen Facilitator',
  )
})

test('the breakouts page before any allocation says what to do, without an error', async ({ page, request }) => {
  const { workshop } = await createScheduledWorkshop(request)
  const failures = []
  page.on('response', (response) => {
    if (response.url().includes('/breakouts') && response.status() >= 400)
      failures.push(`${response.status()} ${response.url()}`)
  })
  await signIn(page, organiser)
  await page.goto(`/workshops/${workshop.id}/breakouts`)
  await expect(page.locator('.breakouts__empty')).toContainText('No breakout groups yet.')
  await expect(page.locator('.form-error')).toHaveCount(0)
  expect(failures).toEqual([])
})

test('the registration form sums up its problems in its own order and words', async ({ page, request }) => {
  const { workshop } = await createScheduledWorkshop(request)
  await page.goto(`/register?code=${workshop.joinCode}`)
  await page.getByRole('button', { name: 'Register' }).click()
  const summary = page.getByRole('alert').filter({ hasText: 'Please check' })
  await expect(summary).toContainText('Please check: Name, Email, Organisation, Sector, Country, Consent')
  await expect(summary).toBeFocused()
  await expect(page.getByLabel('Country')).toHaveAccessibleDescription(/Choose your country from the list\./)
  await summary.getByRole('link', { name: /^Country:/ }).click()
  await expect(page.getByLabel('Country')).toBeFocused()
})
