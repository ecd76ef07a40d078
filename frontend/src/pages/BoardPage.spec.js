import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { cleanup, render, screen, waitFor, within } from '@testing-library/vue'
import userEvent from '@testing-library/user-event'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'

vi.mock('../api/notes.js', () => ({
  listNotes: vi.fn(),
  hideNote: vi.fn(),
  restoreNote: vi.fn(),
  pinNote: vi.fn(),
  unpinNote: vi.fn(),
  approveNote: vi.fn(),
  mergeNote: vi.fn(),
  getNote: vi.fn(),
  submitNote: vi.fn(),
  setSensitivity: vi.fn(),
  setPublicationText: vi.fn(),
}))
vi.mock('../api/sessions.js', () => ({ listSessions: vi.fn(), openRound: vi.fn(), closeRound: vi.fn() }))
vi.mock('../api/events.js', () => ({ streamEvents: vi.fn() }))
vi.mock('../api/lessons.js', () => ({ listLessons: vi.fn() }))
vi.mock('../api/workshops.js', () => ({ getWorkshop: vi.fn() }))

const notesApi = await import('../api/notes.js')
const sessionsApi = await import('../api/sessions.js')
const eventsApi = await import('../api/events.js')
const lessonsApi = await import('../api/lessons.js')
const workshopsApi = await import('../api/workshops.js')
const { ApiError } = await import('../api/client.js')
const { saveSession } = await import('../lib/storedSessions.js')
const { useLiveStore } = await import('../stores/live.js')
const BoardPage = (await import('./BoardPage.vue')).default

const workshop = {
  id: 5,
  title: 'Trolling and public order',
  status: 'LIVE',
  timeZone: 'Europe/Brussels',
  preModeration: true,
  startsAt: '2027-03-10T09:00:00+01:00',
  endsAt: '2027-03-10T17:00:00+01:00',
  version: 4,
}
const mapping = {
  id: 3,
  workshopId: 5,
  title: 'Mapping incidents',
  position: 1,
  roundOpen: true,
  startsAt: '2027-03-10T09:30:00+01:00',
  endsAt: '2027-03-10T10:30:00+01:00',
}
const lessonsLearnt = {
  ...mapping,
  id: 4,
  title: 'Lessons learnt',
  position: 2,
  roundOpen: false,
  startsAt: '2027-03-10T11:00:00+01:00',
  endsAt: '2027-03-10T12:00:00+01:00',
}
const aNote = (id, text, fields = {}) => ({
  id,
  workshopId: 5,
  sessionId: 3,
  kind: 'INSIGHT',
  status: 'VISIBLE',
  pinned: false,
  votes: 0,
  text,
  createdAt: `2027-03-10T09:0${id}:00Z`,
  ...fields,
})

let user
beforeEach(async () => {
  localStorage.clear()
  setActivePinia(createPinia())
  vi.resetAllMocks()
  saveSession({
    token: 't',
    expiresAt: new Date(Date.now() + 3600_000).toISOString(),
    user: { id: 4, displayName: 'Ana Lima', roles: ['FACILITATOR'] },
  })
  workshopsApi.getWorkshop.mockResolvedValue({ workshop, etag: '"4"' })
  sessionsApi.listSessions.mockResolvedValue([mapping, lessonsLearnt])
  lessonsApi.listLessons.mockResolvedValue([
    { id: 8, workshopId: 5, title: 'Name one spokesperson', statement: '…', status: 'EMERGING', endorsements: 3 },
  ])
  notesApi.listNotes.mockResolvedValue({
    notes: [
      aNote(1, 'Rumours spread faster than the police statement'),
      aNote(2, 'A fake video of the riot went viral', { status: 'PENDING' }),
    ],
    nextCursor: null,
    eventSeq: 10,
  })
  eventsApi.streamEvents.mockImplementation(
    (id, options) =>
      new Promise((resolve, reject) => {
        options.signal.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')))
      }),
  )
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:any(.*)*', component: { template: '<p>page</p>' } }],
  })
  await router.push('/workshops/5/board')
  user = userEvent.setup()
  render(BoardPage, { props: { id: '5' }, global: { plugins: [router] } })
  await screen.findByText('Rumours spread faster than the police statement')
})

afterEach(() => {
  cleanup()
  useLiveStore().$dispose()
})

const section = (name) => screen.getByRole('heading', { name }).closest('section')

describe('BoardPage', () => {
  it('shows the waiting note apart from the wall, each named by its round', () => {
    const queue = within(section(/Waiting for approval/))
    expect(queue.getByText('A fake video of the riot went viral')).toBeTruthy()
    expect(queue.getByRole('button', { name: 'Approve' })).toBeTruthy()
    const wall = within(section('The wall'))
    expect(wall.getByText('Rumours spread faster than the police statement')).toBeTruthy()
    expect(wall.queryByText('A fake video of the riot went viral')).toBeNull()
    expect(wall.getByText('1 note on the wall.')).toBeTruthy()
    expect(wall.getAllByText(/Mapping incidents/).length).toBeGreaterThan(0)
  })

  it('approves a waiting note and says so', async () => {
    notesApi.approveNote.mockResolvedValue(aNote(2, 'A fake video of the riot went viral'))
    await user.click(within(section(/Waiting for approval/)).getByRole('button', { name: 'Approve' }))

    expect(notesApi.approveNote).toHaveBeenCalledWith(2)
    expect(await screen.findByText('Approved “A fake video of the riot went viral”.')).toBeTruthy()
    expect(within(section('The wall')).getByText('A fake video of the riot went viral')).toBeTruthy()
    expect(screen.getByText('Nothing is waiting for approval.')).toBeTruthy()
  })

  it('opens a closed round, and shows why when the server refuses to close one', async () => {
    sessionsApi.openRound.mockResolvedValue({ ...lessonsLearnt, roundOpen: true })
    await user.click(screen.getByRole('button', { name: 'Open round Lessons learnt' }))
    expect(sessionsApi.openRound).toHaveBeenCalledWith('5', 4)
    expect(await screen.findByText('Round “Lessons learnt” is open.')).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Close round Lessons learnt' })).toBeTruthy()

    sessionsApi.closeRound.mockRejectedValue(new ApiError({ status: 409, detail: 'The workshop is not live.' }))
    await user.click(screen.getByRole('button', { name: 'Close round Mapping incidents' }))
    expect((await screen.findByRole('alert')).textContent).toContain('The workshop is not live.')
    expect(screen.getByRole('button', { name: 'Close round Mapping incidents' }).disabled).toBe(false)
  })

  it('hides a note from the wall with a reason', async () => {
    notesApi.hideNote.mockResolvedValue(
      aNote(1, 'Rumours spread faster than the police statement', { status: 'HIDDEN', hiddenReason: 'Off topic' }),
    )
    await user.click(within(section('The wall')).getByRole('button', { name: 'Hide' }))
    await user.type(screen.getByLabelText('Reason for hiding'), 'Off topic')
    await user.click(screen.getByRole('button', { name: 'Hide note' }))

    expect(notesApi.hideNote).toHaveBeenCalledWith(1, 'Off topic')
    await waitFor(() =>
      expect(within(section(/Hidden notes/)).getByText('Rumours spread faster than the police statement')).toBeTruthy(),
    )
    expect(screen.getByText('No notes on the wall yet.')).toBeTruthy()
  })

  it('labels a note with the keyboard and shows the label as a badge; a facilitator writes no publication text', async () => {
    notesApi.setSensitivity.mockResolvedValue(
      aNote(1, 'Rumours spread faster than the police statement', {
        sensitivity: 'RESTRICTED',
        sensitivityReason: 'names a live operation',
      }),
    )
    const wall = within(section('The wall'))
    expect(wall.queryByRole('button', { name: 'Publication text' })).toBeNull()
    wall.getByRole('button', { name: 'Sensitivity' }).focus()
    await user.keyboard('{Enter}')
    const select = wall.getByRole('combobox', { name: 'Sensitivity' })
    expect(document.activeElement).toBe(select)
    expect(select.value).toBe('NONE')
    await user.selectOptions(select, 'RESTRICTED')
    await user.type(wall.getByRole('textbox', { name: 'Reason (optional)' }), 'names a live operation{Enter}')

    expect(notesApi.setSensitivity).toHaveBeenCalledWith(1, 'RESTRICTED', 'names a live operation')
    expect(
      await screen.findByText('Labelled “Rumours spread faster than the police statement”: Restricted.'),
    ).toBeTruthy()
    expect(wall.getByText('Restricted — not for publication')).toBeTruthy()
    expect(wall.getByText('names a live operation')).toBeTruthy()
    expect(wall.queryByRole('combobox', { name: 'Sensitivity' })).toBeNull()
    await waitFor(() => expect(document.activeElement).toBe(wall.getByRole('button', { name: 'Sensitivity' })))
  })

  it('says why the server refused a label', async () => {
    notesApi.setSensitivity.mockRejectedValue(
      new ApiError({ status: 422, detail: "'X' is not a sensitivity label.", violations: [{ field: 'label' }] }),
    )
    const wall = within(section('The wall'))
    await user.click(wall.getByRole('button', { name: 'Sensitivity' }))
    await user.selectOptions(wall.getByRole('combobox', { name: 'Sensitivity' }), 'OPERATIONAL')
    await user.click(wall.getByRole('button', { name: 'Save label' }))
    expect(notesApi.setSensitivity).toHaveBeenCalledWith(1, 'OPERATIONAL', '')
    expect((await screen.findByRole('alert')).textContent).toContain("'X' is not a sensitivity label.")
  })

  it('shows the emerging lessons with their endorsements', () => {
    const lessons = within(section(/Emerging lessons/))
    expect(lessons.getByText('Name one spokesperson')).toBeTruthy()
    expect(lessons.getByText(/3 endorsements/)).toBeTruthy()
  })
})
