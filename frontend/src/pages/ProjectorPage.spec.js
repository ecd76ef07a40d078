import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'

vi.mock('../api/notes.js', () => ({ listNotes: vi.fn() }))
vi.mock('../api/sessions.js', () => ({ listSessions: vi.fn() }))
vi.mock('../api/events.js', () => ({ streamEvents: vi.fn() }))
vi.mock('../api/lessons.js', () => ({ listLessons: vi.fn() }))
vi.mock('../api/workshops.js', () => ({ getWorkshop: vi.fn() }))

const notesApi = await import('../api/notes.js')
const sessionsApi = await import('../api/sessions.js')
const eventsApi = await import('../api/events.js')
const lessonsApi = await import('../api/lessons.js')
const workshopsApi = await import('../api/workshops.js')
const { ROTATE_MS } = await import('../lib/wall.js')
const { useLiveStore } = await import('../stores/live.js')
const ProjectorPage = (await import('./ProjectorPage.vue')).default

const workshop = {
  id: 5,
  title: 'Trolling and public order',
  status: 'LIVE',
  timeZone: 'Europe/Brussels',
  joinCode: 'K7PX2M',
  startsAt: '2027-03-10T09:00:00+01:00',
  endsAt: '2027-03-10T17:00:00+01:00',
  version: 4,
}
const round = {
  id: 3,
  workshopId: 5,
  title: 'Mapping incidents',
  prompt: 'Which incidents reached the police?',
  position: 1,
  roundOpen: true,
}
// note n: written at 09:n, with n votes for the odd ones; the text of note 1 is long
const aNote = (n) => ({
  id: n,
  workshopId: 5,
  sessionId: 3,
  kind: 'INSIGHT',
  status: 'VISIBLE',
  pinned: false,
  votes: n % 2 ? n : 0,
  text: n === 1 ? `Note 1 ${'and a very long story about it '.repeat(20)}the end` : `Note ${n}`,
  createdAt: `2027-03-10T09:${String(n).padStart(2, '0')}:00Z`,
})

let stream
let wrapper
const settle = () => vi.advanceTimersByTimeAsync(0)
const cards = () => wrapper.findAll('.projector__note .note-card__text').map((p) => p.text())
const pageText = () => wrapper.find('.projector__page').text()
const button = (name) => wrapper.findAll('button').find((b) => b.text().replace(/^[‹›]/, '') === name)

async function mountPage(notes) {
  notesApi.listNotes.mockResolvedValue({ notes, nextCursor: null, eventSeq: 10 })
  wrapper = mount(ProjectorPage, { props: { id: '5' }, attachTo: document.body, global: { stubs: { QrImage: true } } })
  await settle()
  await settle()
}

beforeEach(() => {
  vi.useFakeTimers()
  setActivePinia(createPinia())
  vi.resetAllMocks()
  workshopsApi.getWorkshop.mockResolvedValue({ workshop, etag: '"4"' })
  sessionsApi.listSessions.mockResolvedValue([round])
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
  wrapper?.unmount()
  useLiveStore().$dispose()
  vi.useRealTimers()
  document.body.innerHTML = ''
})

describe('ProjectorPage', () => {
  it('shows as many notes as fit, newest first, with their votes, and the rest on further pages', async () => {
    await mountPage(Array.from({ length: 13 }, (_, i) => aNote(i + 1)))
    const perPage = cards().length
    expect(perPage).toBeGreaterThan(0)
    expect(perPage).toBeLessThan(13)
    const pages = Math.ceil(13 / perPage)
    expect(pageText()).toBe(`Page 1 of ${pages}`)
    expect(cards()[0]).toBe('Note 13')
    expect(wrapper.find('.projector__note .projector__votes').text()).toBe('13 votes')
    // the grid is sized to the screen by classes (the CSP allows no inline styles)
    expect(
      wrapper
        .find('ol.projector__wall')
        .classes()
        .some((c) => /^projector__wall--c\d$/.test(c)),
    ).toBe(true)
    expect(wrapper.find('ol.projector__wall').attributes('style')).toBeUndefined()
  })

  it('turns the page every 12 seconds, and not while paused', async () => {
    await mountPage(Array.from({ length: 13 }, (_, i) => aNote(i + 1)))
    const first = cards()
    await vi.advanceTimersByTimeAsync(ROTATE_MS - 100)
    expect(pageText()).toMatch(/^Page 1 of/)
    await vi.advanceTimersByTimeAsync(100)
    expect(pageText()).toMatch(/^Page 2 of/)
    expect(cards()[0]).not.toBe(first[0])

    await button('Pause turning the pages').trigger('click')
    await vi.advanceTimersByTimeAsync(ROTATE_MS * 3)
    expect(pageText()).toMatch(/^Page 2 of \d+ · paused$/)
    await button('Resume turning the pages').trigger('click')
    await vi.advanceTimersByTimeAsync(ROTATE_MS)
    expect(pageText()).toMatch(/^Page 3 of/)

    // by hand, too
    await button('Previous page').trigger('click')
    expect(pageText()).toMatch(/^Page 2 of/)
  })

  it('turns to a note as it reaches the wall, but not while paused', async () => {
    await mountPage(Array.from({ length: 13 }, (_, i) => aNote(i + 1)))
    stream.onOpen()
    await vi.advanceTimersByTimeAsync(ROTATE_MS)
    expect(pageText()).toMatch(/^Page 2 of/)
    // a new note is newest, so on the first page: the room sees it now, not a rotation later
    stream.onEvent({ id: 11, type: 'note.created', data: aNote(14) })
    await settle()
    expect(pageText()).toMatch(/^Page 1 of/)
    expect(cards()[0]).toBe('Note 14')

    await vi.advanceTimersByTimeAsync(ROTATE_MS)
    await button('Pause turning the pages').trigger('click')
    stream.onEvent({ id: 12, type: 'note.created', data: aNote(15) })
    await settle()
    expect(pageText()).toMatch(/^Page 2 of \d+ · paused$/)
  })

  it('puts the most voted first on request, from the first page', async () => {
    await mountPage(Array.from({ length: 13 }, (_, i) => aNote(i + 1)))
    await vi.advanceTimersByTimeAsync(ROTATE_MS)
    await button('Most voted').trigger('click')
    expect(button('Most voted').attributes('aria-pressed')).toBe('true')
    expect(button('Newest first').attributes('aria-pressed')).toBe('false')
    expect(pageText()).toMatch(/^Page 1 of/)
    expect(cards().slice(0, 2)).toEqual(['Note 13', 'Note 11'])
  })

  it('opens a note full-screen with all its text, and Esc brings the wall back', async () => {
    await mountPage([aNote(1), aNote(2)])
    const open = wrapper
      .findAll('.projector__open')
      .find((b) => b.attributes('aria-label').startsWith('Show in full: Note 1 '))
    open.element.focus()
    await open.trigger('click')
    await settle()
    const dialog = wrapper.find('dialog.projector-spotlight')
    expect(dialog.attributes('open')).toBeDefined()
    expect(dialog.find('.projector-spotlight__text').text()).toBe(aNote(1).text.trim())
    expect(dialog.text()).toContain('1 vote')
    expect(document.activeElement.textContent).toBe('Close')
    // the pages stand still meanwhile
    expect(pageText()).toBe('Page 1 of 1')

    await dialog.trigger('keydown', { key: 'Escape' })
    await settle()
    expect(wrapper.find('dialog.projector-spotlight').exists()).toBe(false)
    expect(document.activeElement).toBe(open.element)
  })

  it('shows the closed state when the workshop closes, without the join code', async () => {
    await mountPage([aNote(1)])
    expect(wrapper.text()).toContain('K7PX2M')
    stream.onOpen()
    stream.onEvent({ id: 11, type: 'workshop.status', data: { ...workshop, status: 'CLOSED', version: 5 } })
    await settle()
    expect(wrapper.find('.projector__closed').text()).toBe('This workshop has closed — thank you for taking part.')
    expect(wrapper.text()).not.toContain('K7PX2M')
    expect(wrapper.text()).not.toContain('Which incidents reached the police?')
  })

  it('shows only the lessons that fit whole beside the wall, and says how many more there are', async () => {
    const titles = [
      'Name one spokesperson',
      'Answer rumours within the hour',
      'Archive what was posted',
      'Thank the room',
    ]
    lessonsApi.listLessons.mockResolvedValue(
      titles.map((title, i) => ({
        id: i + 1,
        workshopId: 5,
        title,
        statement: '…',
        status: 'EMERGING',
        endorsements: 9 - i,
      })),
    )
    // a panel 300 px high under a heading of 50 px; each lesson 100 px, the "more" line 40 px below the last one
    let panelHeight = 300
    const box = (top, height) => ({ top, bottom: top + height, left: 0, right: 300, width: 300, height })
    const layout = vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function () {
      if (this.classList.contains('projector__lessons')) return box(0, panelHeight)
      const shown = [...document.querySelectorAll('.projector__lesson')]
      if (this.classList.contains('projector__lesson')) return box(50 + 100 * shown.indexOf(this), 100)
      if (this.classList.contains('projector__lessons-more')) return box(50 + 100 * shown.length, 40)
      return box(0, 0)
    })
    try {
      await mountPage([aNote(1)])
      await settle()
      const side = wrapper.find('.projector__lessons')
      // two fit whole (bottoms at 150 and 250); the third (350) does not, nor the "more" line after two (290 fits)
      expect(side.findAll('.projector__lesson-title').map((t) => t.text())).toEqual(titles.slice(0, 2))
      expect(side.find('.projector__lessons-more').text()).toBe('2 more lessons')

      // a smaller screen: two lessons still fit (250), but the "more" line after them would not (290)
      panelHeight = 280
      window.dispatchEvent(new Event('resize'))
      await settle()
      expect(side.findAll('.projector__lesson-title').map((t) => t.text())).toEqual(titles.slice(0, 1))
      expect(side.find('.projector__lessons-more').text()).toBe('3 more lessons')
    } finally {
      layout.mockRestore()
    }
  })
})
