import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { ApiError } from '../api/client.js'

vi.mock('../api/lessons.js', () => ({
  listLessons: vi.fn(),
  createLesson: vi.fn(),
  updateLesson: vi.fn(),
  transitionLesson: vi.fn(),
}))
vi.mock('../api/notes.js', () => ({ listNotes: vi.fn() }))
vi.mock('../api/sessions.js', () => ({ listSessions: vi.fn() }))
vi.mock('../api/events.js', () => ({ streamEvents: vi.fn() }))
vi.mock('../api/workshops.js', () => ({ getWorkshop: vi.fn() }))

const lessonsApi = await import('../api/lessons.js')
const notesApi = await import('../api/notes.js')
const sessionsApi = await import('../api/sessions.js')
const eventsApi = await import('../api/events.js')
const workshopsApi = await import('../api/workshops.js')
const { saveSession } = await import('../lib/storedSessions.js')
const LessonsPage = (await import('./LessonsPage.vue')).default

const workshop = {
  id: 7,
  title: 'Rumours in a crisis',
  status: 'LIVE',
  timeZone: 'Europe/Brussels',
  startsAt: '2027-03-10T09:00:00+01:00',
  endsAt: '2027-03-10T17:00:00+01:00',
}
const lesson = (over = {}) => ({
  id: 1,
  workshopId: 7,
  title: 'Answer fast',
  statement: 'A quick answer beats a late one.',
  type: 'LESSON_LEARNED',
  status: 'EMERGING',
  allowedTransitions: ['VALIDATED', 'REJECTED'],
  noteIds: [11],
  endorsements: 0,
  version: 3,
  updatedAt: '2027-03-10T10:00:00Z',
  ...over,
})
const note = {
  id: 11,
  workshopId: 7,
  text: 'Rumours spread faster than the police could answer',
  kind: 'INSIGHT',
  status: 'VISIBLE',
  createdAt: '2027-03-10T09:10:00Z',
}

let wrapper
const field = (root, label) =>
  root.find(
    `#${root
      .findAll('label')
      .find((l) => l.text() === label)
      .attributes('for')}`,
  )
const card = () => wrapper.findAll('.lesson-card').find((c) => c.text().includes('Answer'))

beforeEach(async () => {
  localStorage.clear()
  setActivePinia(createPinia())
  vi.resetAllMocks()
  saveSession({
    token: 't',
    expiresAt: new Date(Date.now() + 3600_000).toISOString(),
    user: { id: 1, displayName: 'Ana', roles: ['ANALYST'] },
  })
  workshopsApi.getWorkshop.mockResolvedValue({ workshop, etag: '"1"' })
  lessonsApi.listLessons.mockResolvedValue([lesson()])
  notesApi.listNotes.mockResolvedValue({ notes: [note], nextCursor: null, eventSeq: 4 })
  sessionsApi.listSessions.mockResolvedValue([])
  eventsApi.streamEvents.mockImplementation(() => new Promise(() => {}))
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:any(.*)*', component: { template: '<p>page</p>' } }],
  })
  await router.push('/workshops/7/lessons')
  wrapper = mount(LessonsPage, { props: { id: '7' }, global: { plugins: [router] }, attachTo: document.body })
  await flushPromises()
})

afterEach(() => {
  wrapper.unmount()
  document.body.innerHTML = ''
})

describe('editing a lesson', () => {
  it('edits the lesson in its card and saves it with the version it started from', async () => {
    lessonsApi.updateLesson.mockImplementation(async (id, body) => lesson({ ...body, version: 4 }))
    await card().find('button').trigger('click')
    expect(document.activeElement).toBe(field(card(), 'Title').element)
    expect(field(card(), 'Statement').element.value).toBe('A quick answer beats a late one.')

    await field(card(), 'Statement').setValue('A quick, plain answer beats a late, polished one.')
    await field(card(), 'Type').setValue('BEST_PRACTICE')
    await card().find('form').trigger('submit')
    await flushPromises()

    expect(lessonsApi.updateLesson).toHaveBeenCalledWith(
      1,
      {
        title: 'Answer fast',
        statement: 'A quick, plain answer beats a late, polished one.',
        type: 'BEST_PRACTICE',
        noteIds: [11],
      },
      3,
    )
    expect(card().text()).toContain('A quick, plain answer beats a late, polished one.')
    expect(card().text()).toContain('Best practice')
    expect(wrapper.find('.live-region').text()).toContain('Saved “Answer fast”.')
    expect(document.activeElement?.id).toBe('edit-lesson-1')
  })

  it('says so when someone else saved first, and starts again from their version', async () => {
    lessonsApi.updateLesson.mockRejectedValue(
      new ApiError({ status: 412, detail: 'This lesson was changed by someone else (it is now at version 4).' }),
    )
    await card().find('button').trigger('click')
    await field(card(), 'Title').setValue('Answer at once')
    await card().find('form').trigger('submit')
    await flushPromises()
    const summary = card().find('.error-summary')
    expect(summary.text()).toContain('Someone else changed this lesson while you were editing it.')

    lessonsApi.listLessons.mockResolvedValue([lesson({ title: 'Answer within the hour', version: 4 })])
    await summary.find('button').trigger('click')
    await flushPromises()
    expect(field(card(), 'Title').element.value).toBe('Answer within the hour')
    lessonsApi.updateLesson.mockResolvedValue(lesson({ title: 'Answer within the hour', version: 5 }))
    await card().find('form').trigger('submit')
    await flushPromises()
    expect(lessonsApi.updateLesson).toHaveBeenLastCalledWith(
      1,
      expect.objectContaining({ title: 'Answer within the hour' }),
      4,
    )
  })
})

describe('drawing a lesson', () => {
  it("names what is missing in the form's words and order before sending anything", async () => {
    const form = wrapper.find('section[aria-labelledby="new-lesson-heading"] form')
    await form.trigger('submit')
    expect(lessonsApi.createLesson).not.toHaveBeenCalled()
    expect(form.find('.error-summary h3').text()).toBe('Please check: Title, Statement')
    expect(form.find('#lesson-title-error').text()).toBe('Give the lesson a title.')
  })
})

describe('moving a lesson', () => {
  it('says why a move failed when someone moved the lesson first, and shows where it is now', async () => {
    lessonsApi.transitionLesson.mockRejectedValue(
      new ApiError({ status: 409, detail: 'This lesson is already validated.' }),
    )
    lessonsApi.listLessons.mockResolvedValue([lesson({ status: 'VALIDATED', allowedTransitions: ['PUBLISHED'] })])
    await card().find('button[aria-label="Validate: Answer fast"]').trigger('click')
    await flushPromises()
    const confirm = wrapper.findAll('dialog button').find((b) => b.text() !== 'No, keep it')
    await confirm.trigger('click')
    await flushPromises()

    expect(lessonsApi.transitionLesson).toHaveBeenCalledWith(1, 'VALIDATED')
    expect(lessonsApi.listLessons).toHaveBeenCalledTimes(2)
    expect(wrapper.find('[role="alert"]').text()).toContain('This lesson is already validated.')
    expect(wrapper.find('#lessons-VALIDATED').element.closest('section').textContent).toContain('Answer fast')
  })
})
