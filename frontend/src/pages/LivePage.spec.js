import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'

vi.mock('../api/notes.js', () => ({
  listNotes: vi.fn(),
  submitNote: vi.fn(),
  setVote: vi.fn(),
  withdrawNote: vi.fn(),
  editNote: vi.fn(),
}))
vi.mock('../api/sessions.js', () => ({ listSessions: vi.fn(), fetchCalendar: vi.fn() }))
vi.mock('../api/events.js', () => ({ streamEvents: vi.fn() }))
vi.mock('../api/lessons.js', () => ({ listLessons: vi.fn(), setEndorsement: vi.fn() }))
vi.mock('../api/registrations.js', () => ({ fetchDelegateMe: vi.fn(), joinWorkshop: vi.fn() }))

const notesApi = await import('../api/notes.js')
const sessionsApi = await import('../api/sessions.js')
const eventsApi = await import('../api/events.js')
const registrations = await import('../api/registrations.js')
const lessonsApi = await import('../api/lessons.js')
const { saveDelegateSession } = await import('../lib/storedSessions.js')
const { OUTBOX_KEY } = await import('../lib/storedOutbox.js')
const { useLiveStore } = await import('../stores/live.js')
const { useOutboxStore } = await import('../stores/outbox.js')
const LivePage = (await import('./LivePage.vue')).default

const workshop = {
  id: 5,
  title: 'Trolling and public order',
  status: 'LIVE',
  timeZone: 'Europe/Brussels',
  startsAt: '2027-03-10T09:00:00+01:00',
  endsAt: '2027-03-10T17:00:00+01:00',
}
const round = (roundOpen) => ({
  id: 3,
  workshopId: 5,
  title: 'Mapping incidents',
  prompt: 'Which incidents reached the police?',
  position: 1,
  startsAt: '2027-03-10T10:00:00+01:00',
  endsAt: '2027-03-10T11:00:00+01:00',
  roundOpen,
})

let stream

async function mountPage() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/live', component: LivePage },
      { path: '/join', component: { template: '<p>join</p>' } },
    ],
  })
  await router.push('/live')
  const wrapper = mount(LivePage, { global: { plugins: [router] }, attachTo: document.body })
  await flushPromises()
  return { wrapper, router }
}

beforeEach(() => {
  localStorage.clear()
  setActivePinia(createPinia())
  vi.resetAllMocks()
  saveDelegateSession({
    token: 'd',
    expiresAt: new Date(Date.now() + 3600_000).toISOString(),
    workshop,
    delegate: { id: 9, name: 'Ana Costa' },
  })
  registrations.fetchDelegateMe.mockResolvedValue({ workshop, delegate: { id: 9, name: 'Ana Costa' } })
  notesApi.listNotes.mockResolvedValue({ notes: [], nextCursor: null, eventSeq: 4 })
  lessonsApi.listLessons.mockResolvedValue([])
  eventsApi.streamEvents.mockImplementation(
    (id, options) =>
      new Promise((resolve, reject) => {
        stream = options
        options.signal.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')))
      }),
  )
})
afterEach(() => {
  useOutboxStore().$dispose()
  useLiveStore().$dispose()
  document.body.innerHTML = ''
})

describe('LivePage', () => {
  it('waits for the facilitator, then shows the prompt as soon as the round opens', async () => {
    sessionsApi.listSessions.mockResolvedValue([round(false)])
    const { wrapper } = await mountPage()
    expect(wrapper.text()).toContain('No round is open yet — wait for the facilitator')
    expect(eventsApi.streamEvents.mock.calls[0][1]).toMatchObject({ lastEventId: 4, as: 'delegate' })

    stream.onOpen()
    stream.onEvent({ id: 5, type: 'round.opened', data: round(true) })
    await flushPromises()
    expect(wrapper.text()).not.toContain('No round is open yet')
    expect(wrapper.find('.composer__prompt-text').text()).toBe('Which incidents reached the police?')
    expect(wrapper.find('textarea').exists()).toBe(true)
    wrapper.unmount()
  })

  it('shows a sent note as pending until the server has it, then as waiting for approval', async () => {
    sessionsApi.listSessions.mockResolvedValue([round(true)])
    let answer
    notesApi.submitNote.mockReturnValue(new Promise((resolve) => (answer = resolve)))
    const { wrapper } = await mountPage()

    await wrapper.find('textarea').setValue('<b>Keep</b> the helpline open')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    const mine = () => wrapper.find('.my-notes')
    expect(mine().text()).toContain('<b>Keep</b> the helpline open')
    expect(mine().text()).toContain('Pending')
    expect(mine().find('b').exists()).toBe(false)
    expect(JSON.parse(localStorage.getItem(OUTBOX_KEY))).toHaveLength(1)
    expect(wrapper.find('textarea').element.value).toBe('')

    answer({
      id: 50,
      workshopId: 5,
      sessionId: 3,
      text: '<b>Keep</b> the helpline open',
      kind: 'INSIGHT',
      status: 'PENDING',
      votes: 0,
      mine: true,
      createdAt: '2027-03-10T09:41:00Z',
    })
    await flushPromises()
    expect(mine().text()).toContain('Waiting for approval')
    expect(mine().findAll('li')).toHaveLength(1)
    expect(localStorage.getItem(OUTBOX_KEY)).toBeNull()
    expect(wrapper.find('[role="status"] .notice').text()).toContain(
      'Others will see it once a facilitator approves it',
    )
    wrapper.unmount()
  })

  it("shows others' notes with a vote toggle, and not my own", async () => {
    sessionsApi.listSessions.mockResolvedValue([round(true)])
    notesApi.listNotes.mockResolvedValue({
      eventSeq: 4,
      nextCursor: null,
      notes: [
        {
          id: 1,
          workshopId: 5,
          sessionId: 3,
          text: 'From someone else',
          kind: 'IDEA',
          status: 'VISIBLE',
          votes: 2,
          votedByMe: true,
          mine: false,
          createdAt: '2027-03-10T09:30:00Z',
          author: { sector: 'MEDIA' },
        },
        {
          id: 2,
          workshopId: 5,
          sessionId: 3,
          text: 'Mine',
          kind: 'IDEA',
          status: 'VISIBLE',
          votes: 0,
          mine: true,
          createdAt: '2027-03-10T09:31:00Z',
        },
      ],
    })
    const { wrapper } = await mountPage()
    const wall = wrapper.find('.note-wall')
    expect(wall.findAll('li')).toHaveLength(1)
    expect(wall.text()).toContain('From someone else')
    expect(wall.text()).toContain('Media')
    const vote = wall.find('button.vote-button')
    expect(vote.attributes('aria-pressed')).toBe('true')
    expect(vote.text()).toContain('2')
    wrapper.unmount()
  })

  it('shows my note once when the stream brings it before the answer does', async () => {
    sessionsApi.listSessions.mockResolvedValue([round(true)])
    let answer
    notesApi.submitNote.mockReturnValue(new Promise((resolve) => (answer = resolve)))
    const { wrapper } = await mountPage()
    stream.onOpen()
    await wrapper.find('textarea').setValue('Early on the wall')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    const key = notesApi.submitNote.mock.calls[0][2]
    const note = {
      id: 51,
      workshopId: 5,
      sessionId: 3,
      text: 'Early on the wall',
      kind: 'INSIGHT',
      status: 'VISIBLE',
      votes: 0,
      mine: true,
      clientKey: key,
      createdAt: '2027-03-10T09:42:00Z',
    }
    stream.onEvent({ id: 5, type: 'note.created', data: note })
    await flushPromises()
    expect(wrapper.find('.my-notes').findAll('li')).toHaveLength(1)
    answer(note)
    await flushPromises()
    expect(wrapper.find('.my-notes').findAll('li')).toHaveLength(1)
    expect(localStorage.getItem(OUTBOX_KEY)).toBeNull()
    wrapper.unmount()
  })

  it('shows two notes when the same words are sent twice, whatever comes first', async () => {
    sessionsApi.listSessions.mockResolvedValue([round(true)])
    const answers = []
    notesApi.submitNote.mockImplementation(() => new Promise((resolve) => answers.push(resolve)))
    const { wrapper } = await mountPage()
    stream.onOpen()
    for (let i = 0; i < 2; i += 1) {
      await wrapper.find('textarea').setValue('Keep the helpline open')
      await wrapper.find('form').trigger('submit')
      await flushPromises()
    }
    const items = () => wrapper.find('.my-notes').findAll('li')
    expect(items()).toHaveLength(2)

    // the first is sent (the outbox sends one at a time); the stream brings it before its answer
    const [firstKey] = notesApi.submitNote.mock.calls.map((call) => call[2])
    const note = (id, clientKey, minute) => ({
      id,
      workshopId: 5,
      sessionId: 3,
      text: 'Keep the helpline open',
      kind: 'INSIGHT',
      status: 'VISIBLE',
      votes: 0,
      mine: true,
      clientKey,
      createdAt: `2027-03-10T09:4${minute}:00Z`,
    })
    stream.onEvent({ id: 5, type: 'note.created', data: note(61, firstKey, 1) })
    await flushPromises()
    expect(items()).toHaveLength(2)
    expect(items().map((li) => li.find('.my-note__state').text())).toEqual(['Pending', 'Sent'])

    answers[0](note(61, firstKey, 1))
    await flushPromises()
    expect(items()).toHaveLength(2)
    const secondKey = notesApi.submitNote.mock.calls[1][2]
    expect(secondKey).not.toBe(firstKey)
    answers[1](note(62, secondKey, 2))
    await flushPromises()
    stream.onEvent({ id: 6, type: 'note.created', data: note(62, secondKey, 2) })
    await flushPromises()
    expect(items()).toHaveLength(2)
    expect(items().map((li) => li.find('.my-note__state').text())).toEqual(['Sent', 'Sent'])
    expect(localStorage.getItem(OUTBOX_KEY)).toBeNull()
    wrapper.unmount()
  })

  it('stops offering to send once the workshop closes, without a reload', async () => {
    sessionsApi.listSessions.mockResolvedValue([round(true)])
    const { wrapper } = await mountPage()
    stream.onOpen()
    expect(wrapper.find('textarea').exists()).toBe(true)

    stream.onEvent({ id: 5, type: 'workshop.status', data: { id: 5, status: 'CLOSED', title: workshop.title } })
    await flushPromises()
    expect(wrapper.find('textarea').exists()).toBe(false)
    expect(wrapper.find('button[type="submit"]').exists()).toBe(false)
    expect(wrapper.find('.live-page__capture [role="status"]').text()).toContain('The workshop has closed — thank you.')
    expect(JSON.parse(localStorage.getItem('workshopHub.delegate')).workshop.status).toBe('CLOSED')
    wrapper.unmount()
  })

  it('offers to send once a scheduled workshop goes live', async () => {
    saveDelegateSession({
      token: 'd',
      expiresAt: new Date(Date.now() + 3600_000).toISOString(),
      workshop: { ...workshop, status: 'SCHEDULED' },
      delegate: { id: 9, name: 'Ana Costa' },
    })
    registrations.fetchDelegateMe.mockResolvedValue({
      workshop: { ...workshop, status: 'SCHEDULED' },
      delegate: { id: 9, name: 'Ana Costa' },
    })
    sessionsApi.listSessions.mockResolvedValue([round(false)])
    const { wrapper } = await mountPage()
    stream.onOpen()
    expect(wrapper.text()).toContain('The workshop has not started yet.')

    stream.onEvent({ id: 5, type: 'workshop.status', data: { id: 5, status: 'LIVE' } })
    stream.onEvent({ id: 6, type: 'round.opened', data: round(true) })
    await flushPromises()
    expect(wrapper.text()).not.toContain('The workshop has not started yet.')
    expect(wrapper.find('textarea').exists()).toBe(true)
    wrapper.unmount()
  })

  it('asks before withdrawing a note, and says beside the note why the server refused', async () => {
    sessionsApi.listSessions.mockResolvedValue([round(true)])
    const mine = {
      id: 70,
      workshopId: 5,
      sessionId: 3,
      text: 'Mine to withdraw',
      kind: 'IDEA',
      status: 'VISIBLE',
      votes: 0,
      mine: true,
      clientKey: 'k-70',
      createdAt: new Date().toISOString(),
      editableUntil: new Date(Date.now() + 240_000).toISOString(),
    }
    notesApi.listNotes.mockResolvedValue({ notes: [mine], nextCursor: null, eventSeq: 4 })
    const { ApiError } = await import('../api/client.js')
    notesApi.withdrawNote.mockRejectedValue(
      new ApiError({
        status: 409,
        detail: 'Notes can be changed for 5 minutes after they are sent; this one can no longer be changed.',
      }),
    )
    const { wrapper } = await mountPage()
    const item = () => wrapper.find('.my-notes li')
    expect(item().find('.my-note__countdown').text()).toMatch(/^You can change this for [34]:\d\d$/)

    await item()
      .findAll('button')
      .find((b) => b.text() === 'Withdraw this note')
      .trigger('click')
    await flushPromises()
    expect(notesApi.withdrawNote).not.toHaveBeenCalled()
    const dialog = wrapper.find('dialog[open]')
    expect(dialog.find('h2').text()).toBe('Withdraw this note?')
    await dialog
      .findAll('button')
      .find((b) => b.text() === 'Yes, withdraw')
      .trigger('click')
    await flushPromises()

    expect(notesApi.withdrawNote).toHaveBeenCalledWith(70, { as: 'delegate' })
    expect(item().find('[role="alert"]').text()).toBe(
      'Notes can be changed for 5 minutes after they are sent; this one can no longer be changed.',
    )
    // the server says it can no longer be changed: nothing left to offer
    expect(item().findAll('button')).toHaveLength(0)
    wrapper.unmount()
  })

  it('edits a note within its window', async () => {
    sessionsApi.listSessions.mockResolvedValue([round(true)])
    const mine = {
      id: 71,
      workshopId: 5,
      sessionId: 3,
      text: 'Typo in it',
      kind: 'IDEA',
      status: 'VISIBLE',
      votes: 0,
      mine: true,
      clientKey: 'k-71',
      createdAt: new Date().toISOString(),
      editableUntil: new Date(Date.now() + 240_000).toISOString(),
    }
    notesApi.listNotes.mockResolvedValue({ notes: [mine], nextCursor: null, eventSeq: 4 })
    notesApi.editNote.mockResolvedValue({ ...mine, clientKey: undefined, text: 'No typo in it' })
    const { wrapper } = await mountPage()
    const item = () => wrapper.find('.my-notes li')
    await item()
      .findAll('button')
      .find((b) => b.text() === 'Edit this note')
      .trigger('click')
    await flushPromises()
    await item().find('textarea').setValue('No typo in it')
    await item().find('form').trigger('submit')
    await flushPromises()
    expect(notesApi.editNote).toHaveBeenCalledWith(71, { text: 'No typo in it' }, { as: 'delegate' })
    expect(item().find('.note-card__text').text()).toBe('No typo in it')
    expect(item().find('textarea').exists()).toBe(false)
    expect(wrapper.text()).toContain('Your note was changed.')
    wrapper.unmount()
  })

  it('clears the outbox when the delegate leaves', async () => {
    sessionsApi.listSessions.mockResolvedValue([round(true)])
    notesApi.submitNote.mockRejectedValue(Object.assign(new Error('offline'), { status: 0 }))
    const { wrapper, router } = await mountPage()
    await wrapper.find('textarea').setValue('Written offline')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(localStorage.getItem(OUTBOX_KEY)).not.toBeNull()

    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Leave')
      .trigger('click')
    await flushPromises()
    // a note not sent yet would be lost: asked first
    const dialog = wrapper.find('dialog[open]')
    expect(dialog.find('h2').text()).toBe('Leave with notes not sent?')
    expect(dialog.text()).toContain('One note has not been sent yet. Leaving deletes it from this phone for good.')
    expect(localStorage.getItem(OUTBOX_KEY)).not.toBeNull()
    await dialog
      .findAll('button')
      .find((b) => b.text() === 'Yes, leave')
      .trigger('click')
    await flushPromises()
    expect(localStorage.getItem(OUTBOX_KEY)).toBeNull()
    expect(localStorage.getItem('workshopHub.delegate')).toBeNull()
    expect(router.currentRoute.value.path).toBe('/join')
    wrapper.unmount()
  })

  it('lists emerging lessons live and toggles an endorsement', async () => {
    sessionsApi.listSessions.mockResolvedValue([round(true)])
    const lesson = {
      id: 21,
      workshopId: 5,
      title: 'Answer rumours within the hour',
      statement: 'Speed beats polish.',
      type: 'LESSON_LEARNED',
      status: 'EMERGING',
      allowedTransitions: [],
      noteIds: [],
      endorsements: 0,
      version: 1,
    }
    lessonsApi.setEndorsement.mockResolvedValue({ ...lesson, endorsements: 1, endorsedByMe: true, version: 2 })
    const { wrapper } = await mountPage()
    expect(lessonsApi.listLessons).toHaveBeenCalledWith(5, { as: 'delegate' })
    const section = () => wrapper.find('section[aria-labelledby="lessons-heading"]')
    expect(section().text()).toContain('No lessons yet.')

    stream.onOpen()
    stream.onEvent({ id: 5, type: 'lesson.created', data: lesson })
    await flushPromises()
    expect(section().text()).toContain('Answer rumours within the hour')
    expect(section().text()).toContain('Speed beats polish.')
    const button = () => section().find('button.endorse-button')
    expect(button().attributes('aria-pressed')).toBe('false')

    await button().trigger('click')
    await flushPromises()
    expect(lessonsApi.setEndorsement).toHaveBeenCalledWith(21, true)
    expect(button().attributes('aria-pressed')).toBe('true')
    expect(button().find('.vote-button__count').text()).toBe('1')
    expect(section().text()).toContain('You endorse “Answer rumours within the hour”.')

    // another delegate endorses: the event has no endorsedByMe, mine stays pressed
    stream.onEvent({ id: 6, type: 'lesson.endorsed', data: { ...lesson, endorsements: 2, version: 3 } })
    await flushPromises()
    expect(button().attributes('aria-pressed')).toBe('true')
    expect(button().find('.vote-button__count').text()).toBe('2')

    // published lessons leave the list
    stream.onEvent({
      id: 7,
      type: 'lesson.transitioned',
      data: { ...lesson, status: 'PUBLISHED', endorsements: 2, version: 4 },
    })
    await flushPromises()
    expect(section().text()).toContain('No lessons yet.')
    wrapper.unmount()
  })
})
