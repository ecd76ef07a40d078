import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { aMemberSession, fakeApi, json } from '../test-support/communityApi.js'
import { useMemberSessionStore } from '../stores/memberSession.js'
import CommunityIntroductionsPage from './CommunityIntroductionsPage.vue'

const bo = { id: 9, name: 'Bo Berg', sector: 'CIVIL_SOCIETY', interests: [] }
const cy = { id: 10, organisation: 'Europol', interests: [] }

async function mountPage() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/community/introductions', component: CommunityIntroductionsPage },
      { path: '/:any(.*)*', component: { template: '<p>elsewhere</p>' } },
    ],
  })
  await router.push('/community/introductions')
  const wrapper = mount(CommunityIntroductionsPage, { global: { plugins: [router] }, attachTo: document.body })
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

describe('CommunityIntroductionsPage', () => {
  it('lets me accept a request to me, and then shows how to reach them', async () => {
    const api = fakeApi({
      'GET /api/introductions': [
        {
          id: 1,
          status: 'PENDING',
          direction: 'INCOMING',
          member: bo,
          message: 'Shall we talk?',
          createdAt: '2027-03-10T10:00:00Z',
        },
        {
          id: 2,
          status: 'PENDING',
          direction: 'OUTGOING',
          member: cy,
          message: 'Hello',
          createdAt: '2027-03-09T10:00:00Z',
        },
      ],
      'POST /api/introductions/1/accept': () =>
        json(200, {
          id: 1,
          status: 'ACCEPTED',
          direction: 'INCOMING',
          member: bo,
          message: 'Shall we talk?',
          contact: 'bo@example.org',
          createdAt: '2027-03-10T10:00:00Z',
        }),
    })
    const wrapper = await mountPage()

    const incoming = wrapper.find('#introduction-1')
    expect(incoming.text()).toContain('Bo Berg')
    expect(incoming.text()).toContain('Civil society')
    expect(incoming.text()).toContain('Shall we talk?')
    expect(incoming.text()).not.toContain('How to reach them')
    // my own request: its status, and no way to answer it myself
    const outgoing = wrapper.findAll('article').find((a) => a.text().includes('Member 10'))
    expect(outgoing.text()).toContain('Europol')
    expect(outgoing.text()).toContain('Waiting for an answer')
    expect(outgoing.findAll('button')).toHaveLength(0)

    await incoming
      .findAll('button')
      .find((b) => b.text() === 'Accept Bo Berg')
      .trigger('click')
    await flushPromises()

    expect(api.calls.at(-1)).toMatchObject({ method: 'POST', path: '/api/introductions/1/accept' })
    expect(wrapper.find('#introduction-1').text()).toContain('How to reach them: bo@example.org')
    expect(wrapper.find('#introduction-1').findAll('button')).toHaveLength(0)
    expect(wrapper.find('[role="status"]').text()).toContain('You accepted')
    expect(document.activeElement.id).toBe('introduction-1')
    wrapper.unmount()
  })

  it('says so when there is nothing yet', async () => {
    fakeApi({ 'GET /api/introductions': [] })
    const wrapper = await mountPage()
    const empty = wrapper.findAll('.empty-state').map((e) => e.text())
    expect(empty[0]).toBe('Nobody has asked to be introduced to you yet.')
    expect(empty[1]).toContain('You have not asked anyone yet.')
    wrapper.unmount()
  })
})
