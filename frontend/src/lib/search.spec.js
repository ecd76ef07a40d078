import { describe, expect, it } from 'vitest'
import { splitSnippet } from './search.js'

describe('splitSnippet', () => {
  it('turns the marker characters into marked parts', () => {
    expect(splitSnippet('Police \u0002rumour\u0003 rebuttal and \u0002rumours\u0003.')).toEqual([
      { text: 'Police ', mark: false },
      { text: 'rumour', mark: true },
      { text: ' rebuttal and ', mark: false },
      { text: 'rumours', mark: true },
      { text: '.', mark: false },
    ])
  })

  it('keeps HTML as text and copes with stray or unclosed markers', () => {
    expect(splitSnippet('<b>x</b>')).toEqual([{ text: '<b>x</b>', mark: false }])
    expect(splitSnippet('a\u0003b\u0002c')).toEqual([
      { text: 'a', mark: false },
      { text: 'b', mark: false },
      { text: 'c', mark: true },
    ])
    expect(splitSnippet(null)).toEqual([])
  })
})
