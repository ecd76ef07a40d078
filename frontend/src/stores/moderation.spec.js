import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'

vi.mock('../api/notes.js', () => ({
  hideNote: vi.fn(),
  restoreNote: vi.fn(),
  pinNote: vi.fn(),
  unpinNote: vi.fn(),
  approveNote: vi.fn(),
  mergeNote: vi.fn(),
  getNote: vi.fn(),
  submitNote: vi.fn(),
  fetchModerationLog: vi.fn(),
  setSensitivity: vi.fn(),
  setPublicationText: vi.fn(),
}))
vi.mock('../api/sessions.js', () => ({ openRound: vi.fn(), closeRound: vi.fn() }))

const notesApi = await import('../api/notes.js')
const sessionsApi = await import('../api/sessions.js')
const { useLiveStore } = await import('./live.js')
const { useModerationStore } = await import('./moderation.js')

const aNote = (id, fields = {}) => ({
  id,
  workshopId: 5,
  sessionId: 3,
  text: `Note ${id}`,
  kind: 'INSIGHT',
  status: 'VISIBLE',
  votes: 0,
  ...fields,
})

let live
beforeEach(() => {
  setActivePinia(createPinia())
  vi.resetAllMocks()
  live = useLiveStore()
  live.workshopId = 5
})
afterEach(() => live.$dispose())

describe('the moderation store', () => {
  it('puts a hidden note into the live store at once, with its reason', async () => {
    live.upsertNote(aNote(1))
    notesApi.hideNote.mockResolvedValue(aNote(1, { status: 'HIDDEN', hiddenReason: 'Off topic' }))

    await useModerationStore().hide(1, 'Off topic')

    expect(notesApi.hideNote).toHaveBeenCalledWith(1, 'Off topic')
    expect(live.notes.get(1)).toMatchObject({ status: 'HIDDEN', hiddenReason: 'Off topic' })
  })

  it('puts a labelled or reworded note into the live store at once; a cleared text leaves it', async () => {
    live.upsertNote(aNote(1))
    notesApi.setSensitivity.mockResolvedValue(
      aNote(1, { sensitivity: 'RESTRICTED', sensitivityReason: 'names a live operation' }),
    )
    await useModerationStore().label(1, 'RESTRICTED', 'names a live operation')
    expect(notesApi.setSensitivity).toHaveBeenCalledWith(1, 'RESTRICTED', 'names a live operation')
    expect(live.notes.get(1)).toMatchObject({ sensitivity: 'RESTRICTED', sensitivityReason: 'names a live operation' })

    notesApi.setPublicationText.mockResolvedValueOnce(aNote(1, { sensitivity: 'NONE', publicationText: 'Reworded' }))
    await useModerationStore().reword(1, 'Reworded')
    expect(live.notes.get(1).publicationText).toBe('Reworded')
    notesApi.setPublicationText.mockResolvedValueOnce(aNote(1, { sensitivity: 'NONE' }))
    await useModerationStore().reword(1, null)
    expect(notesApi.setPublicationText).toHaveBeenLastCalledWith(1, null)
    expect(live.notes.get(1).publicationText).toBeUndefined()
  })

  it('after a merge reads the surviving note again, so its votes are right here too', async () => {
    live.upsertNote(aNote(1, { votes: 2 }))
    live.upsertNote(aNote(2, { votes: 1 }))
    notesApi.mergeNote.mockResolvedValue({ id: 1, workshopId: 5, status: 'MERGED', mergedInto: 2 })
    notesApi.getNote.mockResolvedValue(aNote(2, { votes: 3 }))

    await useModerationStore().merge(1, 2)

    expect(live.notes.has(1)).toBe(false)
    expect(live.notes.get(2).votes).toBe(3)
  })

  it('keeps the merge when the survivor cannot be read again (the stream brings it)', async () => {
    live.upsertNote(aNote(1))
    notesApi.mergeNote.mockResolvedValue({ id: 1, workshopId: 5, status: 'MERGED', mergedInto: 2 })
    notesApi.getNote.mockRejectedValue(new Error('offline'))

    await expect(useModerationStore().merge(1, 2)).resolves.toMatchObject({ status: 'MERGED' })
    expect(live.notes.has(1)).toBe(false)
  })

  it('opens and closes rounds and shows the round as the server answered', async () => {
    sessionsApi.openRound.mockResolvedValue({ id: 3, workshopId: 5, title: 'Mapping', roundOpen: true })
    sessionsApi.closeRound.mockResolvedValue({ id: 3, workshopId: 5, title: 'Mapping', roundOpen: false })
    const moderation = useModerationStore()

    await moderation.setRound(5, 3, true)
    expect(live.openRounds.map((r) => r.id)).toEqual([3])
    await moderation.setRound(5, 3, false)
    expect(sessionsApi.closeRound).toHaveBeenCalledWith(5, 3)
    expect(live.openRounds).toEqual([])
  })

  it("sends a rapporteur's note with its key and ties the answer to that key", async () => {
    notesApi.submitNote.mockResolvedValue(aNote(9, { kind: 'DISCUSSION' }))
    await useModerationStore().submit(5, { text: 'Note 9', kind: 'DISCUSSION', sessionId: 3 }, 'key-1')
    expect(notesApi.submitNote).toHaveBeenCalledWith(5, { text: 'Note 9', kind: 'DISCUSSION', sessionId: 3 }, 'key-1')
    expect(live.hasClientKey('key-1')).toBe(true)
  })

  it('keeps only the moderation log of the workshop asked for last', async () => {
    let answerFor5
    notesApi.fetchModerationLog.mockImplementation((id) =>
      id === 5 ? new Promise((resolve) => (answerFor5 = resolve)) : Promise.resolve([{ id: 1, action: 'PIN' }]),
    )
    const moderation = useModerationStore()

    const first = moderation.loadLog(5)
    await moderation.loadLog(6)
    answerFor5([{ id: 2, action: 'HIDE' }])
    await first

    expect(moderation.logWorkshopId).toBe(6)
    expect(moderation.log).toEqual([{ id: 1, action: 'PIN' }])
  })
})
