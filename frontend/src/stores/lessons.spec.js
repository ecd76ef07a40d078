import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'

vi.mock('../api/lessons.js', () => ({ listLessons: vi.fn(), createLesson: vi.fn(), transitionLesson: vi.fn() }))
const api = await import('../api/lessons.js')
const { useLessonsStore } = await import('./lessons.js')
const { lessonColumns } = await import('../lib/lessons.js')

const lesson = (over = {}) => ({ id: 1, workshopId: 7, title: 'Answer fast', statement: 's', type: 'LESSON_LEARNED', status: 'EMERGING',
  allowedTransitions: ['VALIDATED'], noteIds: [], endorsements: 0, version: 1, updatedAt: '2027-01-01T10:00:00Z', ...over })

beforeEach(() => {
  setActivePinia(createPinia())
  vi.resetAllMocks()
})

describe('lessons store', () => {
  it('applies lesson events as upserts, ignoring older versions and other workshops', async () => {
    api.listLessons.mockResolvedValue([lesson()])
    const store = useLessonsStore()
    await store.load(7)
    expect(store.applyEvent({ type: 'lesson.transitioned', data: lesson({ status: 'VALIDATED', version: 2 }) })).toBe(true)
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
})
