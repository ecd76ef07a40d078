import { describe, expect, it } from 'vitest'
import { filenameFrom } from './download.js'

describe('filenameFrom', () => {
  it('reads the quoted file name of an attachment or an inline answer', () => {
    expect(filenameFrom('attachment; filename="workshop-4-riots.qdpx"', 'x')).toBe('workshop-4-riots.qdpx')
    expect(filenameFrom('inline; filename="workshop-4-riots.json"', 'x')).toBe('workshop-4-riots.json')
    expect(filenameFrom('attachment; filename=plain.zip', 'x')).toBe('plain.zip')
  })

  it('prefers the UTF-8 name when there is one', () => {
    expect(filenameFrom(`attachment; filename="a.zip"; filename*=UTF-8''Zaz%C3%B3%C5%82%C4%87.zip`, 'x')).toBe(
      'Zazółć.zip',
    )
  })

  it('keeps no folder from the name and falls back when there is none', () => {
    expect(filenameFrom('attachment; filename="../../etc/passwd"', 'x')).toBe('passwd')
    expect(filenameFrom('attachment; filename="..\\\\evil.exe"', 'x')).toBe('evil.exe')
    expect(filenameFrom(null, 'fallback.qdc')).toBe('fallback.qdc')
    expect(filenameFrom('attachment', 'fallback.qdc')).toBe('fallback.qdc')
    expect(filenameFrom('attachment; filename=".."', 'fallback.qdc')).toBe('fallback.qdc')
  })
})
