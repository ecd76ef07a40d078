import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'

vi.mock('../api/lessons.js', () => ({
  listLessons: vi.fn(),
  createLesson: vi.fn(),
  transitionLesson: vi.fn(),
  setEndorsement: vi.fn(),
}))
const api = await import('../api/lessons.js')
const { useLessonsStore } = await import('./lessons.js')
const { emergingLessons, lessonColumns } = await import('../lib/lessons.js')

const lesson = (over = {}) => ({
  id: 1,
  workshopId: 7,
  title: 'Answer fast',
  statement: 's',
  type: 'LESSON_LEARNED',
  status: 'EMERGING',
  allowedTransitions: ['VALIDATED'],
  noteIds: [],
  endorsements: 0,
  version: 1,
  updatedAt: '2027-01-01T10:00:00Z',
  ...over,
})

beforeEach(() => {
  setActivePinia(createPinia())
  vi.resetAllMocks()
})

describe('lessons store', () => {
  it('applies lesson events as upserts, ignoring older versions and other workshops', async () => {
    api.listLessons.mockResolvedValue([lesson()])
    const store = useLessonsStore()
    await store.load(7)
    expect(store.applyEvent({ type: 'lesson.transitioned', data: lesson({ status: 'VALIDATED', version: 2 }) })).toBe(
      true,
    )
    expect(store.byId.get(1).status).toBe('VALIDATED')
    store.applyEvent({ type: 'lesson.updated', data: lesson({ status: 'EMERGING', version: 1 }) })
    expect(store.byId.get(1).status).toBe('VALIDATED')
    store.applyEvent({ type: 'lesson.created', data: lesson({ id: 2, workshopId: 8 }) })
    expect(store.list).toHaveLength(1)
    expect(store.applyEvent({ type: 'note.created', data: {} })).toBe(false)
  })

  it('sorts lessons into columns by status', () => {
    const columns = lessonColumns([lesson(), lesson({ id: 2, status: 'PUBLISHED' })])
    expect(columns.EMERGING.map((l) => l.id)).toEqual([1])
    expect(columns.PUBLISHED.map((l) => l.id)).toEqual([2])
    expect(columns.REJECTED).toEqual([])
  })

  it('keeps endorsedByMe from the answer, since events do not carry it', async () => {
    api.listLessons.mockResolvedValue([lesson({ endorsedByMe: false })])
    api.setEndorsement.mockResolvedValue(lesson({ endorsements: 1, endorsedByMe: true, version: 2 }))
    const store = useLessonsStore()
    await store.load(7, { as: 'delegate' })
    expect(api.listLessons).toHaveBeenCalledWith(7, { as: 'delegate' })
    await store.endorse(1, true)
    expect(api.setEndorsement).toHaveBeenCalledWith(1, true)
    expect(store.byId.get(1)).toMatchObject({ endorsements: 1, endorsedByMe: true })
    // someone else endorses: the event has the count but not endorsedByMe
    store.applyEvent({ type: 'lesson.endorsed', data: lesson({ endorsements: 2, version: 3 }) })
    expect(store.byId.get(1)).toMatchObject({ endorsements: 2, endorsedByMe: true })
    // my own endorsement's event can arrive after the answer, at the same version, with endorsedByMe null
    store.applyEvent({ type: 'lesson.endorsed', data: lesson({ endorsements: 2, version: 3, endorsedByMe: null }) })
    expect(store.byId.get(1)).toMatchObject({ endorsements: 2, endorsedByMe: true })
  })

  it('shows an endorsement at once and puts it back when the server says no', async () => {
    api.listLessons.mockResolvedValue([lesson({ endorsements: 3, endorsedByMe: true })])
    let fail
    api.setEndorsement.mockReturnValue(
      new Promise((resolve, reject) => {
        fail = reject
      }),
    )
    const store = useLessonsStore()
    await store.load(7)
    const pending = store.endorse(1, false)
    expect(store.byId.get(1)).toMatchObject({ endorsements: 2, endorsedByMe: false })
    fail(Object.assign(new Error('nope'), { status: 500 }))
    await expect(pending).rejects.toThrow('nope')
    expect(store.byId.get(1)).toMatchObject({ endorsements: 3, endorsedByMe: true })
  })

  it('an answer older than an event keeps the event content and takes endorsedByMe', async () => {
    api.listLessons.mockResolvedValue([lesson()])
    let answer
    api.setEndorsement.mockReturnValue(
      new Promise((resolve) => {
        answer = resolve
      }),
    )
    const store = useLessonsStore()
    await store.load(7)
    const pending = store.endorse(1, true)
    store.applyEvent({ type: 'lesson.endorsed', data: lesson({ endorsements: 5, version: 4 }) })
    answer(lesson({ endorsements: 1, endorsedByMe: true, version: 2 }))
    await pending
    expect(store.byId.get(1)).toMatchObject({ endorsements: 5, endorsedByMe: true, version: 4 })
  })

  it('keeps an event that arrived while the list was loading when it is newer', async () => {
    let resolveList
    api.listLessons.mockReturnValue(
      new Promise((resolve) => {
        resolveList = resolve
      }),
    )
    const store = useLessonsStore()
    const loading = store.load(7)
    store.applyEvent({ type: 'lesson.created', data: lesson({ id: 2, title: 'New', version: 1 }) })
    store.applyEvent({ type: 'lesson.updated', data: lesson({ title: 'Renamed', version: 2 }) })
    resolveList([lesson({ endorsedByMe: true })])
    await loading
    expect(store.byId.get(1)).toMatchObject({ title: 'Renamed', endorsedByMe: true })
    expect(store.byId.get(2).title).toBe('New')
  })

  it('lists emerging and validated lessons, most endorsed first', () => {
    const list = emergingLessons([
      lesson({ id: 1, endorsements: 1 }),
      lesson({ id: 2, status: 'VALIDATED', endorsements: 4 }),
      lesson({ id: 3, status: 'PUBLISHED', endorsements: 9 }),
      lesson({ id: 4, status: 'REJECTED' }),
      lesson({ id: 5, endorsements: 1 }),
    ])
    expect(list.map((l) => l.id)).toEqual([2, 5, 1])
  })
})
