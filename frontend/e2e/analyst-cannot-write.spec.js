import { expect, test } from '@playwright/test'
import { DEMO_PASSWORD, analyst, signIn } from './helpers.js'

test('an analyst is not offered a new workshop', async ({ page }) => {
  await signIn(page, analyst)
  // wait until the list has loaded, so a late-rendered action would be caught
  await expect(page.getByText(/^(Showing .+|0 workshops\.)$/)).toBeVisible()
  await expect(page.getByRole('link', { name: 'New workshop' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'New workshop' })).toHaveCount(0)

  await page.goto('/workshops/new')
  await expect(page.getByRole('heading', { level: 1, name: 'Workshops' })).toBeVisible()
  await expect(page.getByText(/You need the Organiser or Admin role/)).toBeVisible()
})

test('the API refuses a workshop written by an analyst', async ({ request }) => {
  const login = await request.post('/api/auth/login', { data: { email: analyst, password: DEMO_PASSWORD } })
  expect(login.status()).toBe(200)
  const { token } = await login.json()

  const response = await request.post('/api/workshops', {
    headers: { Authorization: `Bearer ${token}` },
    data: {
      title: 'Not allowed',
      theme: 'trolling',
      description: 'An analyst may read but not write.',
      startsAt: '2031-03-10T09:00:00+01:00',
      endsAt: '2031-03-10T17:00:00+01:00',
      timeZone: 'Europe/Brussels',
      venue: 'Brussels',
      onlineUrl: null,
      capacity: 20,
      attribution: 'CHATHAM_HOUSE',
    },
  })

  expect(response.status()).toBe(403)
  expect(response.headers()['content-type']).toContain('application/problem+json')
})
