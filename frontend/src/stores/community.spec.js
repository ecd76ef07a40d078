import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'

vi.mock('../api/community.js', () => ({
  fetchProfile: vi.fn(),
  saveProfile: vi.fn(),
  fetchDirectory: vi.fn(),
  fetchSuggestions: vi.fn(),
  fetchPatternChoices: vi.fn(),
  fetchBlocks: vi.fn(),
  blockMember: vi.fn(),
  unblockMember: vi.fn(),
  fetchIntroductions: vi.fn(),
  askIntroduction: vi.fn(),
  answerIntroduction: vi.fn(),
  fetchCommunityFigures: vi.fn(),
}))

const api = await import('../api/community.js')
const { useCommunityStore } = await import('./community.js')

const card = (id) => ({ id, name: `Member ${id}`, interests: [] })
const introduction = (id, direction, status = 'PENDING', member = card(9)) => ({ id, direction, status, member })

beforeEach(() => {
  setActivePinia(createPinia())
  vi.resetAllMocks()
})

describe('community store', () => {
  it('takes a member out of the suggestions once asked, and keeps the new request', async () => {
    const store = useCommunityStore()
    api.fetchSuggestions.mockResolvedValue([
      { member: card(2), reason: 'Police → media' },
      { member: card(3), reason: 'Police → research' },
    ])
    api.fetchIntroductions.mockResolvedValue([])
    await store.loadSuggestions()
    await store.loadIntroductions()
    api.askIntroduction.mockResolvedValue(introduction(20, 'OUTGOING', 'PENDING', card(2)))

    await store.ask(2, 'Hello')

    expect(api.askIntroduction).toHaveBeenCalledWith(2, 'Hello')
    expect(store.suggestions.map((s) => s.member.id)).toEqual([3])
    expect(store.outgoing.map((i) => i.id)).toEqual([20])
  })

  it('splits introductions by direction and counts those waiting for my answer', async () => {
    const store = useCommunityStore()
    api.fetchIntroductions.mockResolvedValue([
      introduction(1, 'INCOMING'),
      introduction(2, 'INCOMING', 'ACCEPTED'),
      introduction(3, 'OUTGOING'),
    ])
    await store.loadIntroductions()
    expect(store.incoming.map((i) => i.id)).toEqual([1, 2])
    expect(store.outgoing.map((i) => i.id)).toEqual([3])
    expect(store.waitingForMe).toBe(1)

    api.answerIntroduction.mockResolvedValue({ ...introduction(1, 'INCOMING', 'ACCEPTED'), contact: 'x@y.org' })
    await store.answer(1, 'accept')
    expect(api.answerIntroduction).toHaveBeenCalledWith(1, 'accept')
    expect(store.waitingForMe).toBe(0)
    expect(store.incoming[0].contact).toBe('x@y.org')
  })

  it('hides a blocked member from the directory and the suggestions at once', async () => {
    const store = useCommunityStore()
    api.fetchDirectory.mockResolvedValue([card(2), card(3)])
    api.fetchSuggestions.mockResolvedValue([{ member: card(2), reason: 'r' }])
    await store.loadDirectory()
    await store.loadSuggestions()
    api.blockMember.mockResolvedValue([card(2)])

    await store.block(2)

    expect(store.directory.map((m) => m.id)).toEqual([3])
    expect(store.suggestions).toEqual([])
    expect(store.blocked.map((m) => m.id)).toEqual([2])
    await store.unblock(2)
    expect(api.unblockMember).toHaveBeenCalledWith(2)
    expect(store.blocked).toEqual([])
  })

  it('forgets the member on leaving', async () => {
    const store = useCommunityStore()
    api.fetchProfile.mockResolvedValue({ memberId: 1 })
    await store.loadProfile()
    store.forget()
    expect(store.profile).toBeNull()
  })
})
