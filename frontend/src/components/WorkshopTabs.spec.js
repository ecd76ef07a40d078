import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { saveSession } from '../lib/storedSessions.js'
import WorkshopTabs from './WorkshopTabs.vue'

// happy-dom lays nothing out: give the bar and its tabs the sizes a 390 px phone would
const TAB_WIDTH = 100
function layOut(wrapper) {
  const scroller = wrapper.find('.workshop-tabs__scroller').element
  const links = wrapper.findAll('a').map((a) => a.element)
  Object.defineProperty(scroller, 'clientWidth', { configurable: true, value: 390 })
  Object.defineProperty(scroller, 'scrollWidth', { configurable: true, value: links.length * TAB_WIDTH })
  links.forEach((link, index) => {
    Object.defineProperty(link, 'offsetLeft', { configurable: true, value: index * TAB_WIDTH })
    Object.defineProperty(link, 'offsetWidth', { configurable: true, value: TAB_WIDTH })
  })
  return scroller
}

async function mountAt(path) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:any(.*)*', component: { template: '<p>page</p>' } }],
  })
  await router.push(path)
  const wrapper = mount(WorkshopTabs, {
    props: { workshopId: 4 },
    global: { plugins: [router] },
    attachTo: document.body,
  })
  return { wrapper, router }
}

beforeEach(() => {
  localStorage.clear()
  setActivePinia(createPinia())
  saveSession({
    token: 't',
    expiresAt: new Date(Date.now() + 3600_000).toISOString(),
    user: { id: 1, displayName: 'Ada', roles: ['ADMIN'] },
  })
})
afterEach(() => {
  document.body.innerHTML = ''
})

describe('WorkshopTabs', () => {
  it('scrolls the current tab into view and shows there is more on either side', async () => {
    const { wrapper, router } = await mountAt('/workshops/4')
    const scroller = layOut(wrapper)
    scroller.dispatchEvent(new Event('scroll'))
    await flushPromises()
    const nav = wrapper.find('nav')
    expect(nav.attributes('aria-label')).toBe('Workshop sections')
    expect(wrapper.findAll('a')).toHaveLength(10)
    // at the start: more to the right only
    expect(nav.classes()).toContain('has-more-after')
    expect(nav.classes()).not.toContain('has-more-before')
    expect(wrapper.find('.workshop-tabs__arrow--after').attributes('hidden')).toBeUndefined()
    expect(wrapper.find('.workshop-tabs__arrow--before').attributes('hidden')).toBeDefined()

    // Delegates (the 6th tab, at 500–600 px) is the current page: it is brought to the middle
    await router.push('/workshops/4/delegates')
    await flushPromises()
    const current = wrapper.find('a.is-current')
    expect(current.text()).toBe('Delegates')
    expect(current.attributes('aria-current')).toBe('page')
    expect(scroller.scrollLeft).toBe(500 - (390 - TAB_WIDTH) / 2)
    expect(nav.classes()).toContain('has-more-before')
    expect(nav.classes()).toContain('has-more-after')

    // Report, the last: as far as the bar goes, nothing more to the right
    await router.push('/workshops/4/report')
    await flushPromises()
    expect(scroller.scrollLeft).toBe(10 * TAB_WIDTH - 390)
    expect(nav.classes()).toContain('has-more-before')
    expect(nav.classes()).not.toContain('has-more-after')
    wrapper.unmount()
  })

  it('keeps the arrows out of the keyboard order and away from screen readers', async () => {
    const { wrapper } = await mountAt('/workshops/4/agenda')
    for (const arrow of wrapper.findAll('.workshop-tabs__arrow')) {
      expect(arrow.attributes('tabindex')).toBe('-1')
      expect(arrow.attributes('aria-hidden')).toBe('true')
    }
    wrapper.unmount()
  })
})
