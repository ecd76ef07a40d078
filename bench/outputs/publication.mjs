// Makes the benchmark publication: a best-practice report over the benchmark workshop, through the API
// as an analyst (here the admin) would, then times publishing it (each publish freezes a version: the
// assembly, the HTML, the Markdown and the PDF) a few times. Prints {id, slug, publishMs:[…]} as JSON.
// Usage: node publication.mjs <baseUrl> <token> <workshopId> [publishes]
const [base, token, workshopId, publishesArg = '5'] = process.argv.slice(2)

async function call(method, path, body) {
  const response = await fetch(base + path, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`)
  return text ? JSON.parse(text) : null
}

const created = await call('POST', '/api/publications', {
  title: `Benchmark best practices ${new Date().toISOString()}`,
  kind: 'BEST_PRACTICE_REPORT',
  workshops: [Number(workshopId)],
  introduction: '200 published lessons with 1,000 quotable notes, for the publication benchmark.',
})
const move = (to) => call('POST', `/api/publications/${created.id}/transitions`, { to })
await move('IN_REVIEW')
const publishMs = []
for (let i = 0; i < Number(publishesArg); i++) {
  const start = performance.now()
  await move('PUBLISHED')
  publishMs.push(Math.round(performance.now() - start))
  if (i < Number(publishesArg) - 1) await move('IN_REVIEW')
}
process.stdout.write(JSON.stringify({ id: created.id, slug: created.slug, publishMs }))
