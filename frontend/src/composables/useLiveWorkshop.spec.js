import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { ref } from 'vue'

vi.mock('../api/lessons.js', () => ({ listLessons: vi.fn() }))

const lessonsApi = await import('../api/lessons.js')
const { ApiError } = await import('../api/client.js')
const { useLiveStore } = await import('../stores/live.js')
const { useLiveWorkshop } = await import('./useLiveWorkshop.js')

const aRound = (id, roundOpen, title) => ({ id, workshopId: 5, title, position: id, roundOpen })
const aNote = (id, sessionId) => ({
  id,
  workshopId: 5,
  sessionId,
  text: `Note ${id}`,
  kind: 'INSIGHT',
  status: 'VISIBLE',
})

let live
beforeEach(() => {
  setActivePinia(createPinia())
  vi.resetAllMocks()
  live = useLiveStore()
  live.workshopId = 5
  live.upsertSession(aRound(1, true, 'Mapping incidents'))
  live.upsertSession(aRound(2, false, 'Lessons learnt'))
  live.upsertNote(aNote(7, 1))
})
afterEach(() => live.$dispose())

describe('useLiveWorkshop', () => {
  it('shows nothing of another workshop the store still holds', () => {
    const id = ref('6')
    const view = useLiveWorkshop(() => id.value)
    expect(view.following.value).toBe(false)
    expect(view.sessions.value).toEqual([])
    expect(view.notes.value).toEqual([])

    id.value = '5'
    expect(view.sessions.value.map((s) => s.title)).toEqual(['Mapping incidents', 'Lessons learnt'])
    expect(view.openRounds.value.map((s) => s.id)).toEqual([1])
    expect(view.notes.value.map((n) => n.id)).toEqual([7])
  })

  it('follows nothing before the workshop is known', () => {
    live.workshopId = null
    expect(useLiveWorkshop(() => undefined).following.value).toBe(false)
  })

  it("names a note's round only when there are rounds to tell apart", () => {
    expect(useLiveWorkshop(() => 5).roundTitle(1)).toBe('Mapping incidents')
    // on the projector only open rounds are shown, and only one is open
    expect(useLiveWorkshop(() => 5, { nameRoundsAmong: 'open' }).roundTitle(1)).toBe('')
  })

  it("loads the emerging lessons with the viewer's token and keeps a failure in words", async () => {
    lessonsApi.listLessons.mockResolvedValueOnce([
      { id: 1, workshopId: 5, title: 'Draft', status: 'DRAFT', endorsements: 9 },
      { id: 2, workshopId: 5, title: 'Name one spokesperson', status: 'EMERGING', endorsements: 3 },
    ])
    const view = useLiveWorkshop(() => 5)

    await view.loadLessons(5, { as: 'delegate' })

    expect(lessonsApi.listLessons).toHaveBeenCalledWith(5, { as: 'delegate' })
    expect(view.lessonsLoaded.value).toBe(true)
    expect(view.emerging.value.map((l) => l.title)).toEqual(['Name one spokesperson'])

    lessonsApi.listLessons.mockRejectedValueOnce(new ApiError({ status: 503 }))
    await view.loadLessons(5)
    expect(view.lessonsError.value).toBe('The server had a problem. Please try again later.')
  })
})
