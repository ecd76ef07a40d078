import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'

vi.mock('../api/tags.js', () => ({
  addTag: vi.fn(),
  removeTag: vi.fn(),
  bulkTag: vi.fn(),
  patternSuggestions: vi.fn(),
  taggingQueue: vi.fn(),
  taggingSummary: vi.fn(),
}))

const api = await import('../api/tags.js')
const { useTaggingStore } = await import('./tagging.js')

const aNote = (id) => ({ id, workshopId: 5, text: `Note ${id}` })
const verify = { slug: 'verify-before-sharing', name: 'Verify before sharing' }

let tagging
beforeEach(async () => {
  setActivePinia(createPinia())
  vi.resetAllMocks()
  api.taggingQueue.mockResolvedValue([aNote(1), aNote(2), aNote(3)])
  api.taggingSummary.mockResolvedValue({
    tagged: 0,
    untagged: 3,
    lessonsWithoutPattern: [{ id: 8, title: 'Name one spokesperson' }],
  })
  api.patternSuggestions.mockResolvedValue([{ pattern: verify, score: 0.8 }])
  tagging = useTaggingStore()
  await tagging.load(5)
})

describe('the tagging store', () => {
  it('starts with the oldest note in hand and its suggestions', () => {
    expect(tagging.currentNote.id).toBe(1)
    expect(api.patternSuggestions).toHaveBeenCalledWith(1, 9)
    expect(tagging.suggestions[0].pattern.name).toBe('Verify before sharing')
  })

  it('tags the note in hand, which leaves the queue, and undo brings it back where it was', async () => {
    api.addTag.mockResolvedValue({ id: 40, pattern: verify, stance: 'CONTRADICTS' })
    tagging.move(1)

    await tagging.tagCurrent('verify-before-sharing', 'CONTRADICTS')

    expect(api.addTag).toHaveBeenCalledWith('note', 2, { pattern: 'verify-before-sharing', stance: 'CONTRADICTS' })
    expect(tagging.queue.map((n) => n.id)).toEqual([1, 3])

    await tagging.undo()

    expect(api.removeTag).toHaveBeenCalledWith('note', 2, 40)
    expect(tagging.queue.map((n) => n.id)).toEqual([1, 2, 3])
    expect(tagging.currentNote.id).toBe(2)
    expect(tagging.done).toEqual([])
  })

  it('tags the selected notes at once and keeps the note in hand if it was not selected', async () => {
    tagging.toggleSelected(2)
    tagging.toggleSelected(3)
    api.bulkTag.mockResolvedValue([
      { id: 41, targetType: 'NOTE', targetId: 2, pattern: verify },
      { id: 42, targetType: 'NOTE', targetId: 3, pattern: verify },
    ])

    await tagging.tagSelected('verify-before-sharing')

    expect(api.bulkTag).toHaveBeenCalledWith({
      notes: [2, 3],
      lessons: [],
      pattern: 'verify-before-sharing',
      stance: 'SUPPORTS',
    })
    expect(tagging.queue.map((n) => n.id)).toEqual([1])
    expect(tagging.currentNote.id).toBe(1)
    expect(tagging.selected.size).toBe(0)
  })

  it('takes a tagged lesson off the list of lessons without a pattern', async () => {
    api.addTag.mockResolvedValue({ id: 43, pattern: verify })
    // the summary is read again afterwards; until it answers, the lesson is already off the list
    api.taggingSummary.mockReturnValue(new Promise(() => {}))
    await tagging.tagLesson(8, 'verify-before-sharing')
    expect(api.addTag).toHaveBeenCalledWith('lesson', 8, { pattern: 'verify-before-sharing', stance: 'SUPPORTS' })
    expect(tagging.lessonsWithoutPattern).toEqual([])
  })

  it('tags the note in hand to a technology, which keeps it in the queue, and undo leaves the queue as it is', async () => {
    const geolocation = { slug: 'geolocation-of-public-posts', name: 'Geolocation of public posts' }
    api.addTag.mockResolvedValue({ id: 41, pattern: null, technology: geolocation, stance: 'SUPPORTS' })

    await tagging.tagCurrent({ technology: geolocation.slug })

    expect(api.addTag).toHaveBeenCalledWith('note', 1, { technology: geolocation.slug, stance: 'SUPPORTS' })
    expect(tagging.queue.map((n) => n.id)).toEqual([1, 2, 3])
    expect(tagging.currentNote.id).toBe(1)
    expect(tagging.done.at(-1).technology).toEqual(geolocation)

    await tagging.undo()
    expect(api.removeTag).toHaveBeenCalledWith('note', 1, 41)
    expect(tagging.queue.map((n) => n.id)).toEqual([1, 2, 3])
  })
})
