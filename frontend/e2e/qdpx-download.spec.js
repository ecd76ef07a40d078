import { expect, test } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { inflateRawSync } from 'node:zlib'
import { analyst, apiToken, bearer, signIn } from './helpers.js'

// A ZIP read the way unzip reads one: the end-of-central-directory record, then each central directory
// entry, then the entry's local header and its (stored or deflated) data.
function zipEntries(zip) {
  let end = zip.length - 22
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--
  if (end < 0) throw new Error('no end of central directory: not a ZIP')
  const count = zip.readUInt16LE(end + 10)
  let at = zip.readUInt32LE(end + 16)
  const entries = new Map()
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central directory entry at ${at}`)
    const method = zip.readUInt16LE(at + 10)
    const compressedSize = zip.readUInt32LE(at + 20)
    const nameLength = zip.readUInt16LE(at + 28)
    const extraLength = zip.readUInt16LE(at + 30)
    const commentLength = zip.readUInt16LE(at + 32)
    const localHeader = zip.readUInt32LE(at + 42)
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8')
    entries.set(name, { method, compressedSize, localHeader })
    at += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

function readEntry(zip, { method, compressedSize, localHeader }) {
  if (zip.readUInt32LE(localHeader) !== 0x04034b50) throw new Error('bad local header')
  const start = localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28)
  const data = zip.subarray(start, start + compressedSize)
  return method === 8 ? inflateRawSync(data) : data
}

test('an analyst downloads a workshop as a REFI-QDA project holding project.qde and its sources', async ({
  page,
  request,
}) => {
  // the demo's LIVE workshop: notes, and the analyst's tags on them
  const token = await apiToken(request, analyst)
  const live = await request.get('/api/workshops', { headers: bearer(token), params: { status: 'LIVE' } })
  expect(live.status()).toBe(200)
  const [workshop] = await live.json()
  expect(workshop, 'the demo has a LIVE workshop').toBeDefined()

  await signIn(page, analyst)
  await page.goto(`/workshops/${workshop.id}`)
  const exportsSection = page.getByRole('region', { name: 'Exports' })
  await expect(exportsSection.getByText(/Admins get the full record\./)).toBeVisible()

  const downloading = page.waitForEvent('download')
  await exportsSection.getByRole('button', { name: 'REFI-QDA project (.qdpx)' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(new RegExp(`^workshop-${workshop.id}-[a-z0-9-]+\\.qdpx$`))
  await expect(exportsSection.getByText(`Downloaded ${download.suggestedFilename()}.`)).toBeVisible()

  const zip = await readFile(await download.path())
  expect([...zip.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]) // "PK\3\4"
  const entries = zipEntries(zip)
  expect(entries.has('project.qde')).toBe(true)
  const qde = readEntry(zip, entries.get('project.qde')).toString('utf8')
  expect(qde).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/)
  expect(qde).toContain('<Project xmlns="urn:QDA-XML:project:1.0"')
  expect(qde).toContain('<User guid=')
  expect(qde).toContain('name="Analyst 1"')
  expect(qde).toContain('<Coding ')

  // every text source's file is in the project, and a coded selection covers it whole
  const paths = [...qde.matchAll(/plainTextPath="internal:\/\/([0-9a-f-]+\.txt)"/g)].map((m) => m[1])
  expect(paths.length).toBeGreaterThan(0)
  for (const path of paths) expect(entries.has(`sources/${path}`), path).toBe(true)
})
