import { expect, test } from '@playwright/test'
import {
  analyst,
  apiToken,
  bearer,
  createLiveWorkshop,
  organiser,
  signIn,
  uniqueTitle,
  watchCsp,
  delegateNote,
} from './helpers.js'

test.setTimeout(90_000)

async function patternGraph(request, token) {
  const response = await request.get('/api/patterns/graph', { headers: bearer(token) })
  expect(response.status(), await response.text()).toBe(200)
  return response.json()
}

async function supportsOf(request, token, slug) {
  const response = await request.get(`/api/patterns/${slug}/evidence`, { headers: bearer(token) })
  expect(response.status(), await response.text()).toBe(200)
  return (await response.json()).supports
}

test('an analyst tags notes from the keyboard and the evidence count rises', async ({ page, request }) => {
  const live = await createLiveWorkshop(request)
  const tag = uniqueTitle('tagging')
  const first = await delegateNote(
    request,
    live,
    `Rumours about the evacuation spread faster than we could answer them (${tag} one)`,
  )
  const second = await delegateNote(
    request,
    live,
    `A false rumour about a shooting went viral on social media (${tag} two)`,
  )

  const token = await apiToken(request, analyst)
  const { nodes } = await patternGraph(request, token)
  expect(nodes.length).toBeGreaterThan(0)
  // a pattern whose name no other name starts with, so that typing it finds just that one first
  const pattern = [...nodes]
    .sort((a, b) => a.name.localeCompare(b.name))
    .find((n) => !nodes.some((o) => o !== n && o.name.startsWith(n.name)))
  const before = await supportsOf(request, token, pattern.slug)

  const csp = watchCsp(page)
  await signIn(page, analyst)
  await page.goto(`/workshops/${live.workshop.id}/tagging`)
  await expect(page.getByRole('heading', { level: 1, name: 'Tagging' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Shortcuts' })).toBeVisible()
  const current = page.locator('.tagging__notes [aria-current="true"]')
  await expect(current).toContainText(`${tag} one`)

  // j / k move between the notes
  await page.locator('body').press('j')
  await expect(current).toContainText(`${tag} two`)
  await page.locator('body').press('k')
  await expect(current).toContainText(`${tag} one`)

  // / focuses the search box; typing the name and Enter tags the current note with it
  await page.keyboard.press('/')
  await expect(page.getByLabel('Search patterns (/)')).toBeFocused()
  await page.keyboard.type(pattern.name)
  await page.keyboard.press('Enter')
  const status = page.locator('.tagging__status')
  await expect(status).toHaveText(`Tagged to ${pattern.name}`)
  await expect(page.locator('.tagging__notes li').filter({ hasText: `${tag} one` })).toHaveCount(0)
  await expect(current).toContainText(`${tag} two`)

  // the second note: suggestion 1 (when the server has one) and Enter
  const suggested = await request.get(`/api/notes/${second.id}/pattern-suggestions`, {
    headers: bearer(token),
    params: { limit: 9 },
  })
  expect(suggested.status()).toBe(200)
  const suggestions = await suggested.json()
  if (suggestions.length) {
    await expect(page.locator('.tagging__suggestions')).toContainText(suggestions[0].name)
    await page.locator('body').press('1')
    await page.locator('body').press('Enter')
    await expect(status).toHaveText(`Tagged to ${suggestions[0].name}`)
    // u takes the last tag back: the note returns to the queue
    await page.locator('body').press('u')
    await expect(status).toContainText(`Took back the tag to ${suggestions[0].name}`)
    await expect(current).toContainText(`${tag} two`)
  }

  const tags = await request.get(`/api/notes/${first.id}/tags`, { headers: bearer(token) })
  expect(tags.status()).toBe(200)
  expect((await tags.json()).map((t) => t.pattern.slug)).toContain(pattern.slug)

  await page.goto(`/patterns/${pattern.slug}`)
  await expect(page.getByRole('heading', { level: 1, name: pattern.name })).toBeVisible()
  await expect(page.locator('#evidence-supports')).toHaveText(String(before + 1))
  await expect(page.locator('.evidence-item').filter({ hasText: `${tag} one` })).toContainText('Supports')
  expect(csp).toEqual([])
})

test('an analyst edits a pattern and sees the new revision with the changed field', async ({ page, request }) => {
  const token = await apiToken(request, analyst)
  const { nodes } = await patternGraph(request, token)
  const pattern = nodes[nodes.length - 1]
  const summary = `Summary changed by a browser test ${uniqueTitle('rev')}`

  const csp = watchCsp(page)
  await signIn(page, analyst)
  await page.goto(`/patterns/${pattern.slug}`)
  await expect(page.getByRole('heading', { level: 1, name: pattern.name })).toBeVisible()
  await page.getByRole('link', { name: 'Edit', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: `Edit ${pattern.name}` })).toBeVisible()
  await page.getByLabel('Summary', { exact: true }).fill(summary)
  await page.getByRole('button', { name: 'Save pattern' }).click()

  await expect(page.getByRole('heading', { level: 1, name: pattern.name })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Summary' })).toContainText(summary)
  const newest = page.locator('.revision').first()
  await expect(newest.getByRole('row', { name: /^Summary/ })).toContainText(summary)

  const revisions = await request.get(`/api/patterns/${pattern.slug}/revisions`, { headers: bearer(token) })
  expect(revisions.status()).toBe(200)
  const [latest] = await revisions.json()
  expect(latest.after.summary).toBe(summary)
  await expect(newest.getByRole('heading', { level: 3 })).toContainText(`Version ${latest.version}`)
  expect(csp).toEqual([])
})

test('a stale edit is refused with 412 and says so', async ({ page, request }) => {
  const token = await apiToken(request, analyst)
  const { nodes } = await patternGraph(request, token)
  const slug = nodes[0].slug

  await signIn(page, analyst)
  await page.goto(`/patterns/${slug}/edit`)
  await expect(page.getByLabel('Summary', { exact: true })).toBeVisible()

  // someone else saves first
  const read = await request.get(`/api/patterns/${slug}`, { headers: bearer(token) })
  const current = await read.json()
  const body = {
    name: current.name,
    summary: `Changed meanwhile ${uniqueTitle('other')}`,
    context: current.context,
    problem: current.problem,
    forces: current.forces,
    solution: current.solution,
    consequences: current.consequences,
    examples: current.examples,
    roles: current.roles,
    themes: current.themes,
    status: current.status,
    version: current.version,
    relations: current.relations.filter((r) => r.direction === 'OUTGOING').map((r) => ({ type: r.type, to: r.slug })),
  }
  const saved = await request.put(`/api/patterns/${slug}`, {
    headers: { ...bearer(token), 'If-Match': read.headers().etag },
    data: body,
  })
  expect(saved.status(), await saved.text()).toBe(200)

  await page.getByLabel('Summary', { exact: true }).fill(`Stale change ${uniqueTitle('stale')}`)
  await page.getByRole('button', { name: 'Save pattern' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'Someone else changed this pattern; reload.' })).toBeVisible()
})

test('the pattern language page shows the seeded patterns as a graph and as a list', async ({ page }) => {
  const csp = watchCsp(page)
  await signIn(page, organiser)
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Patterns' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Pattern language' })).toBeVisible()

  const list = page.getByRole('region', { name: /^All patterns/ })
  await expect.poll(() => list.getByRole('link').count()).toBeGreaterThanOrEqual(15)
  const graph = page.getByRole('application', { name: /Pattern graph/ })
  await expect(graph.locator('canvas').first()).toBeVisible()
  await expect(page.getByRole('list', { name: 'Legend' })).toContainText('conflicts with')

  // keyboard: focus the graph, arrow to a pattern, Enter opens it
  await graph.focus()
  await page.keyboard.press('ArrowRight')
  await expect(page.locator('#pattern-graph-chosen')).toContainText('Chosen:')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/patterns\/[^/]+$/)
  await expect(page.getByRole('heading', { name: 'Related patterns' })).toBeVisible()

  // a theme narrows the list
  await page.goto('/patterns')
  await expect.poll(() => list.getByRole('link').count()).toBeGreaterThanOrEqual(15)
  const all = await list.getByRole('link').count()
  const theme = page.getByLabel('Theme', { exact: true })
  const options = await theme.locator('option').evaluateAll((els) => els.map((e) => e.value).filter(Boolean))
  await theme.selectOption(options[0])
  await expect(page).toHaveURL(new RegExp(`theme=${options[0]}`))
  await expect.poll(() => list.getByRole('link').count()).toBeLessThan(all)
  expect(csp).toEqual([])
})
