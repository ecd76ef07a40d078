// Suggestion and search latency through the API: p50/p95 over many requests, one at a time.
// Usage: node latency.mjs <baseUrl> <token> <noteIdsFile> <requests>
import fs from 'node:fs'
const [base, token, idsFile, countArg = '300'] = process.argv.slice(2)
const ids = fs.readFileSync(idsFile, 'utf8').trim().split('\n').map(Number)
const count = Number(countArg)
const words = ['rumour', 'riot', 'official account', 'dark web', 'troll abuse', 'verification', 'crowd safety',
  'citizens patrol', 'evidence', 'procurement pilot', 'witness appeal', 'misinformation', 'livestream', 'welfare']

async function time(url) {
  const start = performance.now()
  const response = await fetch(base + url, { headers: { Authorization: `Bearer ${token}` } })
  await response.arrayBuffer()
  if (!response.ok) throw new Error(`${url}: ${response.status}`)
  return performance.now() - start
}
const stats = (xs) => {
  xs.sort((a, b) => a - b)
  const q = (p) => xs[Math.min(xs.length - 1, Math.floor(p * xs.length))].toFixed(1)
  return { n: xs.length, p50ms: q(0.5), p95ms: q(0.95), maxMs: xs[xs.length - 1].toFixed(1) }
}
for (let i = 0; i < 20; i++) { await time(`/api/notes/${ids[i]}/pattern-suggestions`); await time(`/api/search?q=${encodeURIComponent(words[i % words.length])}`) }
const suggestions = []
const search = []
for (let i = 0; i < count; i++) {
  suggestions.push(await time(`/api/notes/${ids[i % ids.length]}/pattern-suggestions`))
  search.push(await time(`/api/search?q=${encodeURIComponent(words[i % words.length])}&limit=20`))
}
console.log(JSON.stringify({ suggestions: stats(suggestions), search: stats(search) }))
