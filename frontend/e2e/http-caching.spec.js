import { expect, test } from '@playwright/test'

// After an upgrade a browser must run the new app at once: the page and every SPA route are
// revalidated, and only Vite's hashed assets are cached for good. Text goes compressed to phones.

test('the page and SPA routes are revalidated, hashed assets are immutable, and text is compressed', async ({
  request,
}) => {
  for (const path of ['/', '/workshops/1', '/login']) {
    const page = await request.get(path, { headers: { 'accept-encoding': 'gzip' } })
    expect(page.status()).toBe(200)
    expect(page.headers()['cache-control'], path).toBe('no-cache')
    expect(page.headers()['content-encoding'], path).toBe('gzip')
  }
  const html = await (await request.get('/')).text()
  const script = html.match(/src="(\/assets\/[^"]+\.js)"/)[1]
  const asset = await request.get(script, { headers: { 'accept-encoding': 'gzip' } })
  expect(asset.status()).toBe(200)
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable')
  expect(asset.headers()['content-encoding']).toBe('gzip')

  const api = await request.get('/api/themes', { headers: { 'accept-encoding': 'gzip' } })
  expect(api.headers()['content-encoding']).toBe('gzip')
  expect(api.headers()['cache-control']).toBe('no-store')
})
