import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'

vi.mock('../api/workshops.js', () => ({ getWorkshop: vi.fn(), transitionWorkshop: vi.fn(), deleteWorkshop: vi.fn() }))
vi.mock('../api/themes.js', () => ({ listThemes: vi.fn() }))
vi.mock('../api/privacy.js', () => ({ fetchRetention: vi.fn() }))

const workshopsApi = await import('../api/workshops.js')
const themesApi = await import('../api/themes.js')
const privacyApi = await import('../api/privacy.js')
const { saveSession } = await import('../lib/storedSessions.js')
const WorkshopPage = (await import('./WorkshopPage.vue')).default

const live = {
  id: 4,
  title: 'Trolling and public order',
  theme: 'trolling',
  status: 'LIVE',
  timeZone: 'Europe/Brussels',
  startsAt: '2027-03-10T09:00:00+01:00',
  endsAt: '2027-03-10T17:00:00+01:00',
  attribution: 'CHATHAM_HOUSE',
  version: 3,
  joinCode: 'K7PX2M',
  allowedTransitions: ['CLOSED'],
  retentionDays: 730,
  eraseOn: '2029-03-09',
}

async function mountPage(workshop = live) {
  workshopsApi.getWorkshop.mockResolvedValue({ workshop, etag: `"${workshop.version}"` })
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/workshops/:id', component: WorkshopPage, props: true },
      { path: '/:any(.*)*', component: { template: '<p>elsewhere</p>' } },
    ],
  })
  await router.push(`/workshops/${workshop.id}`)
  const wrapper = mount(WorkshopPage, {
    props: { id: String(workshop.id) },
    global: { plugins: [router] },
    attachTo: document.body,
  })
  await flushPromises()
  return wrapper
}

const button = (wrapper, name) => wrapper.findAll('button').find((b) => b.text() === name)
const dialog = (wrapper) => wrapper.find('dialog')

beforeEach(() => {
  localStorage.clear()
  setActivePinia(createPinia())
  vi.resetAllMocks()
  themesApi.listThemes.mockResolvedValue([])
  privacyApi.fetchRetention.mockResolvedValue({
    retentionDays: 730,
    eraseOn: '2029-03-09',
    due: false,
    delegatesToErase: 3,
  })
  saveSession({
    token: 't',
    expiresAt: new Date(Date.now() + 3600_000).toISOString(),
    user: { id: 1, displayName: 'Olga', roles: ['ORGANISER'] },
  })
})
afterEach(() => {
  document.body.innerHTML = ''
})

describe('WorkshopPage', () => {
  it('tells organisers when the delegates’ data goes and how many it concerns', async () => {
    const wrapper = await mountPage()
    expect(privacyApi.fetchRetention).toHaveBeenCalledWith('4')
    const details = wrapper.find('dl').text()
    expect(details).toContain('Kept 730 days after the workshop, until Fri 9 Mar 2029')
    expect(details).toContain('Dry run: that day erases 3 delegates’ personal data.')
    wrapper.unmount()
  })

  it('offers staff the exports for researchers', async () => {
    const wrapper = await mountPage()
    const exports = wrapper.find('section[aria-labelledby="exports-heading"]')
    expect(exports.exists()).toBe(true)
    expect(exports.findAll('button').map((b) => b.text())).toEqual([
      'Data (JSON)',
      'Data (CSV, zip)',
      'REFI-QDA project (.qdpx)',
    ])
    wrapper.unmount()
  })

  it('offers Close as a danger button, not the primary one', async () => {
    const wrapper = await mountPage()
    const close = button(wrapper, 'Close')
    expect(close.classes()).toContain('button--danger')
    expect(close.classes()).not.toContain('button--primary')
    wrapper.unmount()
  })

  it('asks before closing a live workshop, says what follows, and closes it only on "yes"', async () => {
    workshopsApi.transitionWorkshop.mockResolvedValue({
      workshop: { ...live, status: 'CLOSED', version: 4, allowedTransitions: ['ARCHIVED'] },
      etag: '"4"',
    })
    const wrapper = await mountPage()

    await button(wrapper, 'Close').trigger('click')
    await flushPromises()
    expect(workshopsApi.transitionWorkshop).not.toHaveBeenCalled()
    expect(dialog(wrapper).attributes('open')).toBeDefined()
    expect(dialog(wrapper).text()).toContain(
      'Closing ends the live session: delegates can no longer send notes or join.',
    )

    // "no" keeps it live
    await button(wrapper, 'No, keep it').trigger('click')
    await flushPromises()
    expect(dialog(wrapper).attributes('open')).toBeUndefined()
    expect(workshopsApi.transitionWorkshop).not.toHaveBeenCalled()

    await button(wrapper, 'Close').trigger('click')
    await flushPromises()
    await button(wrapper, 'Yes, close it').trigger('click')
    await flushPromises()
    expect(workshopsApi.transitionWorkshop).toHaveBeenCalledWith('4', 'CLOSED')
    expect(wrapper.find('[role="status"] .notice').text()).toBe('Workshop closed.')
    expect(button(wrapper, 'Archive')).toBeDefined()
    wrapper.unmount()
  })

  it('asks before deleting a draft, and moves a draft to scheduled at once', async () => {
    const draft = { ...live, status: 'DRAFT', allowedTransitions: ['SCHEDULED', 'CANCELLED'] }
    workshopsApi.transitionWorkshop.mockResolvedValue({
      workshop: { ...draft, status: 'SCHEDULED', allowedTransitions: ['DRAFT', 'LIVE', 'CANCELLED'] },
      etag: '"4"',
    })
    const wrapper = await mountPage(draft)
    expect(button(wrapper, 'Schedule').classes()).toContain('button--primary')
    expect(button(wrapper, 'Cancel workshop').classes()).toContain('button--danger')

    await button(wrapper, 'Delete').trigger('click')
    await flushPromises()
    expect(dialog(wrapper).text()).toContain('Delete this draft workshop?')
    expect(workshopsApi.deleteWorkshop).not.toHaveBeenCalled()
    dialog(wrapper).element.dispatchEvent(new Event('cancel', { cancelable: true }))
    await flushPromises()
    expect(dialog(wrapper).attributes('open')).toBeUndefined()

    // scheduling can be undone (back to draft): no question
    await button(wrapper, 'Schedule').trigger('click')
    await flushPromises()
    expect(workshopsApi.transitionWorkshop).toHaveBeenCalledWith('4', 'SCHEDULED')
    expect(dialog(wrapper).attributes('open')).toBeUndefined()
    wrapper.unmount()
  })
})
