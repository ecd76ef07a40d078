// The stylesheet's readability rules, checked as the browser would apply them (happy-dom computes styles).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

let sheet
beforeAll(() => {
  sheet = document.createElement('style')
  sheet.textContent = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'styles.css'), 'utf8')
  document.head.appendChild(sheet)
})
afterAll(() => {
  sheet.remove()
  document.body.innerHTML = ''
})

describe('styles', () => {
  it('breaks long words inside lesson cards instead of letting them run out', () => {
    document.body.innerHTML =
      '<ol class="lessons__list"><li class="card lesson-card"><h3>Überwachungskameraverordnungsentwurf</h3></li></ol>'
    const card = document.querySelector('.lesson-card')
    expect(getComputedStyle(card).overflowWrap).toBe('anywhere')
    expect(getComputedStyle(card).minWidth).toMatch(/^0(px)?$/)
  })

  it('lets an evidence chart shrink to its column so that its table scrolls inside it', () => {
    document.body.innerHTML = '<div class="evidence-charts"><figure class="evidence-chart"></figure></div>'
    expect(getComputedStyle(document.querySelector('.evidence-chart')).minWidth).toMatch(/^0(px)?$/)
  })
})
