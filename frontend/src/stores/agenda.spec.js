import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'

vi.mock('../api/sessions.js', () => ({
  listSessions: vi.fn(),
  createSession: vi.fn(),
  updateSession: vi.fn(),
  deleteSession: vi.fn(),
  reorderSessions: vi.fn(),
  fetchCalendar: vi.fn(),
}))

const api = await import('../api/sessions.js')
const { useAgendaStore } = await import('./agenda.js')

const sessions = [
  { id: 1, title: 'Opening', position: 1 },
  { id: 2, title: 'Mapping', position: 2 },
  { id: 3, title: 'Wrap-up', position: 3 },
]

beforeEach(() => {
  setActivePinia(createPinia())
  vi.resetAllMocks()
})

describe('agenda store', () => {
  it('sends the whole new order when a session moves up', async () => {
    api.listSessions.mockResolvedValue(sessions)
    api.reorderSessions.mockResolvedValue([
      { id: 2, title: 'Mapping', position: 1 },
      { id: 1, title: 'Opening', position: 2 },
      { id: 3, title: 'Wrap-up', position: 3 },
    ])
    const store = useAgendaStore()
    await store.load(5)
    expect(await store.move(5, 2, -1)).toBe(true)
    expect(api.reorderSessions).toHaveBeenCalledWith(5, [2, 1, 3])
    expect(store.sessions.map((s) => s.id)).toEqual([2, 1, 3])
  })

  it('does not call the server to move the first session up', async () => {
    api.listSessions.mockResolvedValue(sessions)
    const store = useAgendaStore()
    await store.load(5)
    expect(await store.move(5, 1, -1)).toBe(false)
    expect(api.reorderSessions).not.toHaveBeenCalled()
  })

  it('reads the agenda with the delegate token when asked', async () => {
    api.listSessions.mockResolvedValue([])
    await useAgendaStore().load(5, { as: 'delegate' })
    expect(api.listSessions).toHaveBeenCalledWith(5, { as: 'delegate' })
  })

  it('keeps a new session in position order', async () => {
    api.listSessions.mockResolvedValue([sessions[0], sessions[2]])
    api.createSession.mockResolvedValue({ id: 4, title: 'Late', position: 4 })
    const store = useAgendaStore()
    await store.load(5)
    await store.create(5, { title: 'Late' })
    expect(store.sessions.map((s) => s.id)).toEqual([1, 3, 4])
  })
})
