import { describe, expect, it } from 'vitest'
import { formToBody, isWebLink, technologyRevisionDiff, technologyToForm } from './technologies.js'

describe('the technology form', () => {
  it('edits links one per line and sends them as a list, an empty choice as null', () => {
    const form = technologyToForm({
      slug: 'x',
      name: 'X',
      links: ['https://eur-lex.europa.eu/a', 'https://eur-lex.europa.eu/b'],
      version: 4,
    })
    expect(form.links).toBe('https://eur-lex.europa.eu/a\nhttps://eur-lex.europa.eu/b')
    form.links += '\n\n  https://example.org/c  \n'
    const body = formToBody(form)
    expect(body.links).toEqual(['https://eur-lex.europa.eu/a', 'https://eur-lex.europa.eu/b', 'https://example.org/c'])
    expect(body.category).toBeNull()
    expect(body.maturity).toBeNull()
    expect(body.version).toBe(4)
    expect(body).not.toHaveProperty('slug')
    expect(formToBody(form, { isNew: true }).slug).toBe('x')
  })

  it('says what a revision changed in words', () => {
    const changes = technologyRevisionDiff(
      { name: 'X', maturity: 'EMERGING', openSource: false, themes: ['trolling'] },
      { name: 'X', maturity: 'PILOTED', openSource: true, themes: ['trolling', 'dark-web'] },
    )
    expect(changes).toEqual([
      { field: 'maturity', label: 'Maturity', before: 'Emerging', after: 'Piloted' },
      { field: 'openSource', label: 'Open source', before: 'No', after: 'Yes' },
      { field: 'themes', label: 'Themes', before: 'trolling', after: 'trolling, dark-web' },
    ])
  })

  it('links only to web addresses', () => {
    expect(isWebLink('https://eur-lex.europa.eu/eli/reg/2016/679/oj')).toBe(true)
    expect(isWebLink('javascript:alert(1)')).toBe(false)
    expect(isWebLink('not a link')).toBe(false)
  })
})
