import { describe, expect, it } from 'vitest'
import { filterPatterns, percent, tagKeyAction, targetKind } from './tagging.js'

const key = (k, extra = {}) => ({ key: k, target: document.body, ...extra })

describe('tagKeyAction', () => {
  it('maps the shortcuts', () => {
    expect(tagKeyAction(key('j'))).toEqual({ type: 'next' })
    expect(tagKeyAction(key('k'))).toEqual({ type: 'previous' })
    expect(tagKeyAction(key('/'))).toEqual({ type: 'focusSearch' })
    expect(tagKeyAction(key('1'))).toEqual({ type: 'choose', index: 0 })
    expect(tagKeyAction(key('9'))).toEqual({ type: 'choose', index: 8 })
    expect(tagKeyAction(key('Enter'))).toEqual({ type: 'confirm' })
    expect(tagKeyAction(key('u'))).toEqual({ type: 'undo' })
    expect(tagKeyAction(key('c'))).toEqual({ type: 'toggleStance' })
    expect(tagKeyAction(key('x'))).toEqual({ type: 'toggleSelect' })
    expect(tagKeyAction(key('0'))).toBeNull()
  })

  it('leaves browser shortcuts and typing alone', () => {
    expect(tagKeyAction(key('j', { ctrlKey: true }))).toBeNull()
    expect(tagKeyAction(key('u', { metaKey: true }))).toBeNull()
    const input = document.createElement('input')
    expect(tagKeyAction(key('j', { target: input }))).toBeNull()
    expect(tagKeyAction(key('1', { target: input }))).toBeNull()
    expect(tagKeyAction(key('Enter', { target: input }))).toEqual({ type: 'confirm' })
    expect(tagKeyAction(key('Escape', { target: input }))).toEqual({ type: 'leaveSearch' })
  })

  it('keeps every key for the forms of their own on the page', () => {
    const form = document.createElement('form')
    form.dataset.shortcuts = 'off'
    const select = document.createElement('select')
    form.appendChild(select)
    document.body.appendChild(form)
    expect(tagKeyAction(key('j', { target: select }))).toBeNull()
    expect(tagKeyAction(key('Enter', { target: select }))).toBeNull()
    form.remove()
  })

  it('lets buttons handle Enter themselves', () => {
    const button = document.createElement('button')
    expect(targetKind(button)).toBe('control')
    expect(tagKeyAction(key('Enter', { target: button }))).toBeNull()
    expect(tagKeyAction(key('j', { target: button }))).toEqual({ type: 'next' })
  })

  it('words a share as a percentage', () => {
    expect(percent(0.456)).toBe('46%')
    expect(percent(undefined)).toBe('0%')
  })
})

describe('filterPatterns', () => {
  const patterns = [
    { slug: 'shared-picture', name: 'Shared situation picture', summary: 'One view of a crisis' },
    { slug: 'rapid-rumour-rebuttal', name: 'Rapid rumour rebuttal', summary: 'Answer rumours fast' },
    { slug: 'rumour-register', name: 'Rumour register', summary: 'Keep a list' },
  ]
  it('matches every word, names starting with the query first', () => {
    expect(filterPatterns(patterns, 'rumour').map((p) => p.slug)).toEqual(['rumour-register', 'rapid-rumour-rebuttal'])
    expect(filterPatterns(patterns, 'rapid rum').map((p) => p.slug)).toEqual(['rapid-rumour-rebuttal'])
    expect(filterPatterns(patterns, '').length).toBe(3)
    const withLonger = [...patterns, { slug: 'rumour-register-plus', name: 'Rumour register, shared', summary: '' }]
    expect(filterPatterns(withLonger, 'rumour register, shared')[0].slug).toBe('rumour-register-plus')
    expect(filterPatterns(withLonger, 'Rumour register')[0].slug).toBe('rumour-register')
  })
})
