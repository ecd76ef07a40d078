import { describe, expect, it } from 'vitest'
import { csvCell, toCsv } from './csv.js'

describe('csvCell', () => {
  it('quotes every cell and doubles the quotes inside', () => {
    expect(csvCell('a@example.org')).toBe('"a@example.org"')
    expect(csvCell('Chloé, "the" researcher')).toBe('"Chloé, ""the"" researcher"')
    expect(csvCell(null)).toBe('""')
    expect(csvCell(42)).toBe('"42"')
  })

  it('makes a formula inert with a leading apostrophe', () => {
    expect(csvCell("=cmd|'/Ccalc'!A0@sec.test")).toBe(`"'=cmd|'/Ccalc'!A0@sec.test"`)
    expect(csvCell('+31 20 123')).toBe(`"'+31 20 123"`)
    expect(csvCell('-2+3')).toBe(`"'-2+3"`)
    expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`)
    expect(csvCell('\t=1+1')).toBe(`"'\t=1+1"`)
    expect(csvCell('\r=1+1')).toBe(`"'\r=1+1"`)
  })

  it('leaves those characters alone when they do not come first', () => {
    expect(csvCell('a=b')).toBe('"a=b"')
    expect(csvCell('https://hub.example/my-registration#key=a-b')).toBe('"https://hub.example/my-registration#key=a-b"')
  })
})

describe('toCsv', () => {
  it('writes the header and rows with CRLF line ends', () => {
    expect(
      toCsv(
        ['email', 'link'],
        [
          ['=x@y.z', 'https://h/l'],
          ['a@b.c', 'https://h/m'],
        ],
      ),
    ).toBe(`"email","link"\r\n"'=x@y.z","https://h/l"\r\n"a@b.c","https://h/m"\r\n`)
  })
})
