import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { aMemberSession, fakeApi, json } from '../test-support/communityApi.js'
import { useMemberSessionStore } from '../stores/memberSession.js'
import CommunitySuggestionsPage from './CommunitySuggestionsPage.vue'
import CommunityDirectoryPage from './CommunityDirectoryPage.vue'

const patterns = [{ slug: 'official-account-single-source', name: 'Official account as the trusted single source' }]
const bo = { id: 9, name: 'Bo Berg', sector: 'CIVIL_SOCIETY', interests: ['official-account-single-source'] }
const cy = { id: 10, country: 'NL', bio: 'Researcher of online rumours.', interests: [] }

async function mountPage(page, path) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path, component: page },
      { path: '/:any(.*)*', component: { template: '<p>elsewhere</p>' } },
    ],
  })
  await router.push(path)
  const wrapper = mount(page, { global: { plugins: [router] }, attachTo: document.body })
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

describe('CommunitySuggestionsPage', () => {
  it('shows each suggestion with its reason and only what the member shows, and asks with a message', async () => {
    let asked = null
    fakeApi({
      'GET /api/community/suggestions': [
        {
          member: bo,
          reason: 'Police → civil society; both interested in Official account as the trusted single source',
        },
        { member: cy, reason: 'You have not met at a workshop yet' },
      ],
      'GET /api/community/patterns': patterns,
      'GET /api/introductions': [],
      'POST /api/introductions': (init) => {
        asked = JSON.parse(init.body)
        return json(201, { id: 5, status: 'PENDING', direction: 'OUTGOING', member: bo, message: asked.message })
      },
    })
    const wrapper = await mountPage(CommunitySuggestionsPage, '/community/suggestions')

    const cards = wrapper.findAll('article')
    expect(cards).toHaveLength(2)
    expect(cards[0].text()).toContain('Police → civil society; both interested in Official account')
    expect(cards[0].find('.member-card__interests').text()).toBe('Official account as the trusted single source')
    expect(cards[1].find('h3').text()).toBe('Member 10')
    expect(cards[1].text()).toContain('Netherlands')

    await cards[0]
      .findAll('button')
      .find((b) => b.text() === 'Ask for an introduction to Bo Berg')
      .trigger('click')
    await flushPromises()
    const message = cards[0].find('textarea')
    expect(document.activeElement).toBe(message.element)
    expect(cards[0].find(`label[for="${message.attributes('id')}"]`).text()).toBe('Message to Bo Berg')
    await message.setValue('We both run official accounts.')
    await cards[0].find('form').trigger('submit')
    await flushPromises()

    expect(asked).toEqual({ to: 9, message: 'We both run official accounts.' })
    expect(wrapper.findAll('article')).toHaveLength(1)
    expect(wrapper.find('[role="status"]').text()).toBe('Your request to Bo Berg is sent.')
    wrapper.unmount()
  })

  it('explains an empty list', async () => {
    fakeApi({
      'GET /api/community/suggestions': [],
      'GET /api/community/patterns': patterns,
      'GET /api/introductions': [],
    })
    const wrapper = await mountPage(CommunitySuggestionsPage, '/community/suggestions')
    expect(wrapper.find('.empty-state').text()).toContain('No one to suggest right now.')
    wrapper.unmount()
  })
})

describe('CommunityDirectoryPage', () => {
  it('lists visible members, filters them, and marks those I already have an introduction with', async () => {
    fakeApi({
      'GET /api/community': [bo, cy],
      'GET /api/community/patterns': patterns,
      'GET /api/introductions': [{ id: 3, status: 'ACCEPTED', direction: 'OUTGOING', member: bo }],
    })
    const wrapper = await mountPage(CommunityDirectoryPage, '/community/directory')

    expect(wrapper.findAll('article')).toHaveLength(2)
    const boCard = wrapper.findAll('article')[0]
    expect(boCard.text()).toContain('You already have an introduction with them')
    expect(
      boCard
        .find('.actions')
        .findAll('button')
        .map((b) => b.text()),
    ).toEqual(['Block Bo Berg'])

    await wrapper.find('#directory-filter').setValue('rumours')
    expect(wrapper.findAll('article')).toHaveLength(1)
    expect(wrapper.find('article h3').text()).toBe('Member 10')
    await wrapper.find('#directory-filter').setValue('nobody-like-this')
    expect(wrapper.find('.empty-state').text()).toContain('No member matches')
    wrapper.unmount()
  })

  it('explains an empty directory', async () => {
    fakeApi({ 'GET /api/community': [], 'GET /api/community/patterns': patterns, 'GET /api/introductions': [] })
    const wrapper = await mountPage(CommunityDirectoryPage, '/community/directory')
    expect(wrapper.find('.empty-state').text()).toContain('No other member has made their profile visible yet.')
    wrapper.unmount()
  })
})
