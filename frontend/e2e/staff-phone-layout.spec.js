import { expect, test } from '@playwright/test'
import {
  PHONE,
  aDelegate,
  admin,
  apiToken,
  bearer,
  createLiveWorkshop,
  registerDelegate,
  signIn,
  uniqueTitle,
  watchCsp,
  delegateNote,
} from './helpers.js'

test.use(PHONE)
test.setTimeout(120_000)

// Every staff page at 390 × 844: nothing makes the page wider than the phone. Wide tables scroll inside
// their own region; names wrap between words; the workshop's tab bar scrolls with its current tab in view.
test('the staff pages fit a 390 px phone', async ({ page, request }) => {
  const live = await createLiveWorkshop(request)
  const id = live.workshop.id
  // long words where they hurt most: the delegates table
  const longName = 'Maria Fernanda Rodríguez-Castellanos de la Vega'
  const invited = await request.post(`/api/workshops/${id}/delegates`, {
    headers: bearer(live.token),
    data: aDelegate({
      name: longName,
      organisation: 'Ministerio del Interior, Dirección General de la Policía y de la Guardia Civil',
    }),
  })
  expect(invited.status(), await invited.text()).toBe(201)
  // something on the board, in the moderation log and in the tagging queue
  const hidden = await delegateNote(request, live, uniqueTitle('An advert, not a contribution'), 'CONCERN')
  await delegateNote(
    request,
    live,
    uniqueTitle('Platforms answered police requests too slowly during the riots'),
    'CONCERN',
  )
  const hide = await request.post(`/api/notes/${hidden.id}/hide`, {
    headers: bearer(live.token),
    data: { reason: 'Advertising' },
  })
  expect(hide.status(), await hide.text()).toBe(200)
  // breakout groups need two registered delegates
  await registerDelegate(request, live.workshop, aDelegate({ sector: 'ACADEMIA', organisation: 'KU Leuven' }))
  const groups = await request.post(`/api/workshops/${id}/breakouts`, {
    headers: bearer(live.token),
    data: { groups: 2 },
  })
  expect(groups.ok(), await groups.text()).toBe(true)
  const adminToken = await apiToken(request, admin)
  const graph = await request.get('/api/patterns/graph', { headers: bearer(adminToken) })
  const slug = (await graph.json()).nodes[0]?.slug

  const csp = watchCsp(page)
  await signIn(page, admin)

  const pages = [
    { path: '/workshops', heading: 'Workshops' },
    { path: `/workshops/${id}`, heading: live.workshop.title, tab: 'Overview' },
    { path: `/workshops/${id}/agenda`, heading: 'Agenda', tab: 'Agenda', ready: 'Mapping trolling incidents' },
    { path: `/workshops/${id}/delegates`, heading: 'Delegates', tab: 'Delegates', ready: longName },
    { path: `/workshops/${id}/check-in`, heading: 'Check-in', tab: 'Check-in', ready: longName },
    { path: `/workshops/${id}/breakouts`, heading: 'Breakouts', tab: 'Breakouts', ready: 'Group 1' },
    { path: `/workshops/${id}/board`, heading: 'Board', tab: 'Board', ready: 'Platforms answered police requests' },
    { path: `/workshops/${id}/lessons`, heading: 'Lessons', tab: 'Lessons' },
    {
      path: `/workshops/${id}/tagging`,
      heading: 'Tagging',
      tab: 'Tagging',
      ready: 'Platforms answered police requests',
    },
    { path: `/workshops/${id}/moderation-log`, heading: 'Moderation log', ready: 'Advertising' },
    { path: '/patterns', heading: 'Pattern language' },
    ...(slug ? [{ path: `/patterns/${slug}`, heading: /./ }] : []),
    { path: '/technologies', heading: 'Technology catalogue', ready: 'Geolocation of public posts' },
    {
      path: '/technologies/forensic-web-capture-and-hashing',
      heading: 'Forensic capture and hashing of web and dark web pages',
      ready: 'Revisions',
    },
    { path: '/technologies/forensic-web-capture-and-hashing/edit', heading: /^Edit / },
    { path: '/search?q=police', heading: 'Search' },
    { path: '/accounts', heading: 'Accounts', ready: admin },
  ]

  for (const { path, heading, tab, ready } of pages) {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1, name: heading }).first(), path).toBeVisible()
    if (ready) await expect(page.getByText(ready).first(), path).toBeVisible()
    await page.waitForTimeout(300)
    const width = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(width, `${path} is ${width} px wide`).toBeLessThanOrEqual(390)

    if (tab) {
      // the current tab is in view inside the bar, not cut off
      const current = page
        .getByRole('navigation', { name: 'Workshop sections' })
        .getByRole('link', { name: tab, exact: true })
      await expect(current).toHaveAttribute('aria-current', 'page')
      const box = await current.boundingBox()
      expect(box.x, `${tab} tab starts in view`).toBeGreaterThanOrEqual(0)
      expect(box.x + box.width, `${tab} tab ends in view`).toBeLessThanOrEqual(390)
    }
  }

  // the delegates table scrolls inside its own region, which the keyboard can reach; names wrap between words
  await page.goto(`/workshops/${id}/delegates`)
  const region = page.getByRole('region', { name: 'Delegates of this workshop' })
  await expect(region).toBeVisible()
  await expect(region).toHaveAttribute('tabindex', '0')
  const nameCell = region.getByRole('rowheader').filter({ hasText: longName })
  const lines = await nameCell.evaluate((cell) => {
    const range = document.createRange()
    range.selectNodeContents(cell.firstChild)
    return [...range.getClientRects()].map((r) => Math.round(r.width)).filter((width) => width > 0)
  })
  // no line of the name is narrower than its shortest word ("de") would make it if it broke inside words
  expect(Math.min(...lines)).toBeGreaterThan(12)
  expect(lines.length).toBeLessThanOrEqual(6)

  // the tab bar says there is more, and scrolls
  await page.goto(`/workshops/${id}`)
  const tabs = page.getByRole('navigation', { name: 'Workshop sections' })
  await expect(tabs).toHaveClass(/has-more-after/)
  expect(csp).toEqual([])
})
