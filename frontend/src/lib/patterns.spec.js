import { describe, expect, it } from 'vitest'
import { formToBody, graphElements, inTheme, patternToForm, revisionDiff } from './patterns.js'

describe('graphElements', () => {
  it('maps nodes and edges, leaving out edges to unknown patterns', () => {
    const elements = graphElements({
      nodes: [
        { slug: 'a', name: 'Rapid rumour rebuttal', themes: ['trolling'], status: 'PUBLISHED' },
        { slug: 'b', name: 'Shared situation picture', themes: [], status: 'DRAFT' },
      ],
      edges: [
        { from: 'a', to: 'b', type: 'CONFLICTS_WITH' },
        { from: 'a', to: 'zzz', type: 'PRECEDES' },
      ],
    })
    expect(elements).toEqual([
      {
        group: 'nodes',
        data: { id: 'a', label: 'Rapid rumour rebuttal', themes: ['trolling'], status: 'PUBLISHED' },
        classes: '',
      },
      {
        group: 'nodes',
        data: { id: 'b', label: 'Shared situation picture', themes: [], status: 'DRAFT' },
        classes: 'draft',
      },
      {
        group: 'edges',
        data: { id: 'a--CONFLICTS_WITH--b', source: 'a', target: 'b', type: 'CONFLICTS_WITH' },
        classes: 'conflicts-with',
      },
    ])
    expect(graphElements(null)).toEqual([])
  })

  it('filters by theme', () => {
    expect(inTheme({ themes: ['trolling'] }, 'trolling')).toBe(true)
    expect(inTheme({ themes: ['crisis'] }, 'trolling')).toBe(false)
    expect(inTheme({ themes: [] }, '')).toBe(true)
  })
})

describe('revisionDiff', () => {
  it('lists only the changed fields, as text', () => {
    const before = { name: 'A', summary: 'old', themes: ['x'], status: 'DRAFT', relations: [] }
    const after = {
      name: 'A',
      summary: 'new',
      themes: ['x', 'y'],
      status: 'PUBLISHED',
      relations: [{ type: 'PRECEDES', to: 'b' }],
    }
    expect(revisionDiff(before, after)).toEqual([
      { field: 'summary', label: 'Summary', before: 'old', after: 'new' },
      { field: 'themes', label: 'Themes', before: 'x', after: 'x, y' },
      { field: 'status', label: 'Status', before: 'Draft', after: 'Published' },
      { field: 'relations', label: 'Relations', before: '', after: 'Precedes b' },
    ])
  })

  it('shows a first revision as every field with a value', () => {
    expect(revisionDiff(null, { name: 'A', summary: '', themes: ['x'] })).toEqual([
      { field: 'name', label: 'Name', before: '', after: 'A' },
      { field: 'themes', label: 'Themes', before: '', after: 'x' },
    ])
  })
})

describe('pattern form', () => {
  it('keeps only outgoing relations and sends them as {type, to}', () => {
    const form = patternToForm({
      slug: 'a',
      name: 'A',
      themes: ['x'],
      status: 'PUBLISHED',
      version: 3,
      relations: [
        { type: 'PRECEDES', direction: 'OUTGOING', slug: 'b', name: 'B' },
        { type: 'COMPLEMENTS', direction: 'INCOMING', slug: 'c', name: 'C' },
      ],
    })
    expect(form.relations).toEqual([{ type: 'PRECEDES', to: 'b' }])
    form.relations.push({ type: '', to: '' })
    const body = formToBody(form)
    expect(body.relations).toEqual([{ type: 'PRECEDES', to: 'b' }])
    expect(body.version).toBe(3)
    expect(body.slug).toBeUndefined()
    expect(formToBody(form, { isNew: true }).slug).toBe('a')
  })
})
