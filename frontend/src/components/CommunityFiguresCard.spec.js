import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import CommunityFiguresCard from './CommunityFiguresCard.vue'

const json = (body) =>
  new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } })

beforeEach(() => {
  localStorage.clear()
  setActivePinia(createPinia())
})
afterEach(() => {
  document.body.innerHTML = ''
})

describe('CommunityFiguresCard', () => {
  it('shows counts only, with the cross-sector share in per cent', async () => {
    const fetchMock = vi.fn(async () =>
      json({
        members: 40,
        visibleMembers: 25,
        introductionsMade: 12,
        introductionsAccepted: 8,
        crossSectorShare: 0.75,
      }),
    )
    vi.stubGlobal('fetch', fetchMock)
    const wrapper = mount(CommunityFiguresCard)
    await flushPromises()

    expect(fetchMock.mock.calls[0][0]).toBe('/api/community/figures')
    const rows = wrapper.findAll('dl > div').map((row) => row.text())
    expect(rows).toEqual([
      'Members40',
      'In the directory25',
      'Introductions asked12',
      'Introductions accepted8',
      'Accepted across sectors75 %',
    ])
    wrapper.unmount()
  })

  it('says when no introduction has been accepted yet', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        json({ members: 1, visibleMembers: 0, introductionsMade: 0, introductionsAccepted: 0, crossSectorShare: null }),
      ),
    )
    const wrapper = mount(CommunityFiguresCard)
    await flushPromises()
    expect(wrapper.text()).toContain('none accepted yet')
    wrapper.unmount()
  })
})
