import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { aMemberSession, fakeApi, json } from '../test-support/communityApi.js'
import { useMemberSessionStore } from '../stores/memberSession.js'
import CommunityProfilePage from './CommunityProfilePage.vue'

const profile = (changes = {}) => ({
  memberId: 7,
  visible: false,
  fields: { name: false, organisation: false, sector: false, country: false },
  bio: null,
  interests: [],
  contact: null,
  registration: {
    delegateId: 42,
    name: 'Ana Costa',
    organisation: 'Polícia Judiciária',
    sector: 'POLICE',
    country: 'PT',
  },
  delegateIds: [42],
  ...changes,
})
const patterns = [
  { slug: 'official-account-single-source', name: 'Official account as the trusted single source' },
  { slug: 'rapid-rumour-rebuttal', name: 'Rapid rumour rebuttal' },
]

async function mountPage() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/community/profile', component: CommunityProfilePage },
      { path: '/community/:page', component: { template: '<p>elsewhere</p>' } },
      { path: '/community', component: { template: '<p>start</p>' } },
    ],
  })
  await router.push('/community/profile')
  const wrapper = mount(CommunityProfilePage, { global: { plugins: [router] }, attachTo: document.body })
  await flushPromises()
  return wrapper
}

beforeEach(() => {
  localStorage.clear()
  setActivePinia(createPinia())
  aMemberSession()
  useMemberSessionStore()
})
afterEach(() => {
  document.body.innerHTML = ''
})

describe('CommunityProfilePage', () => {
  it('shows a switch per detail with a live preview, and saves what the switches say', async () => {
    let saved = null
    const api = fakeApi({
      'GET /api/community/profile': profile(),
      'GET /api/community/patterns': patterns,
      'GET /api/community/blocks': [],
      'GET /api/introductions': [],
      'PUT /api/community/profile': (init) => {
        saved = JSON.parse(init.body)
        return json(200, profile({ ...saved }))
      },
    })
    const wrapper = await mountPage()

    expect(wrapper.find('.preview').text()).toBe('Others see nothing: you are not in the directory.')
    expect(wrapper.find('label[for="profile-show-organisation"]').text()).toContain('Polícia Judiciária')
    await wrapper.find('#profile-visible').setValue(true)
    await wrapper.find('#profile-show-name').setValue(true)
    await wrapper.find('#profile-show-sector').setValue(true)
    expect(wrapper.find('.preview').text()).toBe('Others see: Ana Costa · Police.')
    expect(wrapper.find('.preview').text()).not.toContain('Polícia Judiciária')
    await wrapper.find('#interest-rapid-rumour-rebuttal').setValue(true)
    await wrapper.find('#profile-contact').setValue('ana@example.org')

    await wrapper.find('form').trigger('submit')
    await flushPromises()

    expect(api.calls.find((c) => c.method === 'PUT').headers.Authorization).toBe('Bearer member-token')
    expect(saved).toEqual({
      visible: true,
      fields: { name: true, organisation: false, sector: true, country: false },
      bio: null,
      interests: ['rapid-rumour-rebuttal'],
      contact: 'ana@example.org',
    })
    expect(wrapper.text()).toContain('Saved. You are in the directory')
    expect(wrapper.find('.empty-state').text()).toBe('You have not blocked anyone.')
    wrapper.unmount()
  })

  it('says beside the field what the server refused', async () => {
    fakeApi({
      'GET /api/community/profile': profile(),
      'GET /api/community/patterns': patterns,
      'GET /api/community/blocks': [],
      'GET /api/introductions': [],
      'PUT /api/community/profile': () =>
        json(422, {
          status: 422,
          title: 'Validation failed',
          detail: 'A bio has at most 1,000 characters.',
          violations: [{ field: 'bio', message: 'A bio has at most 1,000 characters.' }],
        }),
    })
    const wrapper = await mountPage()
    await wrapper.find('form').trigger('submit')
    await flushPromises()

    const bio = wrapper.find('#profile-bio')
    expect(bio.attributes('aria-invalid')).toBe('true')
    expect(wrapper.find(`#${bio.attributes('aria-describedby')}`).text()).toBe('A bio has at most 1,000 characters.')
    expect(document.activeElement).toBe(bio.element)
    wrapper.unmount()
  })

  it('lists the members I blocked, with a way to unblock each', async () => {
    const api = fakeApi({
      'GET /api/community/profile': profile(),
      'GET /api/community/patterns': patterns,
      'GET /api/community/blocks': [{ id: 9, name: 'Bo Berg', interests: [] }],
      'GET /api/introductions': [],
      'DELETE /api/community/blocks/9': () => new Response(null, { status: 204 }),
    })
    const wrapper = await mountPage()
    const unblock = wrapper.findAll('button').find((b) => b.text() === 'Unblock Bo Berg')
    await unblock.trigger('click')
    await flushPromises()
    expect(api.calls.some((c) => c.method === 'DELETE' && c.path === '/api/community/blocks/9')).toBe(true)
    expect(wrapper.find('.empty-state').text()).toBe('You have not blocked anyone.')
    wrapper.unmount()
  })
})
