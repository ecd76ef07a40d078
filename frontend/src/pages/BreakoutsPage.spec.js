import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'

vi.mock('../api/workshops.js', () => ({ getWorkshop: vi.fn() }))

const workshopsApi = await import('../api/workshops.js')
const { saveSession } = await import('../lib/storedSessions.js')
const BreakoutsPage = (await import('./BreakoutsPage.vue')).default

let wrapper
let fetchMock
async function openAs(...roles) {
  saveSession({
    token: 't',
    expiresAt: new Date(Date.now() + 3600_000).toISOString(),
    user: { id: 2, displayName: 'Olga', roles },
  })
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:any(.*)*', component: { template: '<p>page</p>' } }],
  })
  await router.push('/workshops/7/breakouts')
  wrapper = mount(BreakoutsPage, { props: { id: '7' }, global: { plugins: [router] } })
  await flushPromises()
}

beforeEach(() => {
  localStorage.clear()
  setActivePinia(createPinia())
  vi.resetAllMocks()
  workshopsApi.getWorkshop.mockResolvedValue({
    workshop: { id: 7, title: 'Rumours', timeZone: 'Europe/Brussels' },
    etag: '"1"',
  })
  // the real client and api: the server says "nothing allocated yet" with 204
  fetchMock = vi.fn().mockResolvedValue(new Response(null, { status: 204 }))
  vi.stubGlobal('fetch', fetchMock)
})

afterEach(() => wrapper.unmount())

describe('BreakoutsPage before any allocation', () => {
  it('tells an organiser what to do, with no error', async () => {
    await openAs('ORGANISER')
    expect(fetchMock).toHaveBeenCalledWith('/api/workshops/7/breakouts', expect.anything())
    expect(wrapper.find('.form-error').exists()).toBe(false)
    const empty = wrapper.find('.breakouts__empty')
    expect(empty.text()).toContain('No breakout groups yet.')
    expect(empty.text()).toContain('press “Allocate”')
  })

  it('tells a facilitator the groups come once an organiser allocates them', async () => {
    await openAs('FACILITATOR')
    expect(wrapper.find('.breakouts__empty').text()).toContain('When an organiser allocates the delegates to groups')
    expect(wrapper.find('form').exists()).toBe(false)
  })
})
