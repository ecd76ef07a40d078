import { describe, expect, it } from 'vitest'
import { fileNameFrom } from './download.js'

describe('fileNameFrom', () => {
  it('reads the quoted file name of a Content-Disposition header', () => {
    expect(fileNameFrom('attachment; filename="rumours-report.pdf"', 'x.pdf')).toBe('rumours-report.pdf')
    expect(fileNameFrom('inline; filename=report.html', 'x.html')).toBe('report.html')
  })

  it('prefers the UTF-8 name when there is one', () => {
    expect(fileNameFrom(`attachment; filename="a.pdf"; filename*=UTF-8''Zaz%C3%B3%C5%82%C4%87.pdf`, 'x.pdf')).toBe(
      'Zazółć.pdf',
    )
  })

  it('never answers a path, and falls back when there is no usable name', () => {
    expect(fileNameFrom('attachment; filename="../../etc/passwd"', 'x.pdf')).toBe('passwd')
    expect(fileNameFrom('attachment', 'x.pdf')).toBe('x.pdf')
    expect(fileNameFrom(null, 'x.pdf')).toBe('x.pdf')
    expect(fileNameFrom('attachment; filename=""', 'x.pdf')).toBe('x.pdf')
  })
})
