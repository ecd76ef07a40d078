import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'

vi.mock('../api/tags.js', () => ({
  taggingQueue: vi.fn(),
  taggingSummary: vi.fn(),
  patternSuggestions: vi.fn(),
  addTag: vi.fn(),
  removeTag: vi.fn(),
  bulkTag: vi.fn(),
}))
vi.mock('../api/patterns.js', () => ({ getPatternGraph: vi.fn() }))
vi.mock('../api/technologies.js', () => ({ listTechnologies: vi.fn() }))
vi.mock('../api/workshops.js', () => ({ getWorkshop: vi.fn() }))

const tagsApi = await import('../api/tags.js')
const technologiesApi = await import('../api/technologies.js')
const patternsApi = await import('../api/patterns.js')
const workshopsApi = await import('../api/workshops.js')
const { saveSession } = await import('../lib/storedSessions.js')
const TaggingPage = (await import('./TaggingPage.vue')).default

const workshop = {
  id: 7,
  title: 'Rumours in a crisis',
  status: 'LIVE',
  timeZone: 'Europe/Brussels',
  startsAt: '2027-03-10T09:00:00+01:00',
  endsAt: '2027-03-10T17:00:00+01:00',
}
const notes = [
  {
    id: 11,
    workshopId: 7,
    text: 'Rumours spread faster than the police could answer',
    kind: 'INSIGHT',
    createdAt: '2027-03-10T09:10:00Z',
  },
  {
    id: 12,
    workshopId: 7,
    text: 'One shared picture helped the city',
    kind: 'GOOD_PRACTICE',
    createdAt: '2027-03-10T09:20:00Z',
  },
]
const nodes = [
  {
    slug: 'rapid-rumour-rebuttal',
    name: 'Rapid rumour rebuttal',
    summary: 'Answer rumours fast',
    themes: [],
    status: 'PUBLISHED',
  },
  {
    slug: 'shared-situation-picture',
    name: 'Shared situation picture',
    summary: 'One view',
    themes: [],
    status: 'PUBLISHED',
  },
]

const technologies = [
  {
    slug: 'rumour-tracking-and-fact-check-workflows',
    name: 'Rumour tracking and fact-check workflows',
    summary: 'A shared log of rumours',
  },
  { slug: 'geolocation-of-public-posts', name: 'Geolocation of public posts', summary: 'Where a post was made' },
]

let wrapper
const press = async (key, target = document.body) => {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }))
  await flushPromises()
}
const status = () => wrapper.find('.tagging__status').text()
const current = () => wrapper.find('[aria-current="true"]').text()

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
  tagsApi.taggingQueue.mockResolvedValue(notes)
  tagsApi.taggingSummary.mockResolvedValue({ notes: 4, taggedNotes: 2, shareTagged: 0.5, lessonsWithoutPattern: [] })
  tagsApi.patternSuggestions.mockImplementation(async (noteId) =>
    noteId === 11
      ? [{ slug: 'rapid-rumour-rebuttal', name: 'Rapid rumour rebuttal', summary: '', score: 0.91 }]
      : [{ slug: 'shared-situation-picture', name: 'Shared situation picture', summary: '', score: 0.8 }],
  )
  tagsApi.addTag.mockImplementation(async (type, id, body) => ({
    id: 100 + id,
    targetType: 'NOTE',
    targetId: id,
    pattern: { slug: body.pattern, name: nodes.find((n) => n.slug === body.pattern).name },
    stance: body.stance,
  }))
  tagsApi.removeTag.mockResolvedValue(undefined)
  tagsApi.bulkTag.mockImplementation(async (body) =>
    body.notes.map((id) => ({
      id: 200 + id,
      targetType: 'NOTE',
      targetId: id,
      pattern: { slug: body.pattern, name: nodes.find((n) => n.slug === body.pattern).name },
      stance: body.stance,
    })),
  )
  patternsApi.getPatternGraph.mockResolvedValue({ nodes, edges: [] })
  technologiesApi.listTechnologies.mockResolvedValue(technologies)
  await mountPage()
})

async function mountPage() {
  wrapper?.unmount()
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/workshops/:id/tagging', component: TaggingPage, props: true },
      { path: '/:any(.*)*', component: { template: '<p>elsewhere</p>' } },
    ],
  })
  await router.push('/workshops/7/tagging')
  wrapper = mount(TaggingPage, { props: { id: '7' }, global: { plugins: [router] }, attachTo: document.body })
  await flushPromises()
}

afterEach(() => {
  wrapper.unmount()
  document.body.innerHTML = ''
})

describe('TaggingPage keyboard', () => {
  it('shows the queue, the current note, numbered suggestions and progress', () => {
    expect(current()).toContain('Rumours spread faster')
    expect(wrapper.find('.tagging__suggestions').text()).toContain('1 Rapid rumour rebuttal')
    expect(wrapper.find('.tagging__suggestions').text()).toContain('0.91')
    expect(wrapper.text()).toContain('50% of notes tagged (2 of 4)')
  })

  it("shows when each note was written in the workshop's time zone", () => {
    expect(current()).toContain('Wed 10 Mar 2027, 10:10 (Brussels)')
  })

  it('moves with j and k', async () => {
    await press('j')
    expect(current()).toContain('One shared picture')
    expect(tagsApi.patternSuggestions).toHaveBeenLastCalledWith(12, 9)
    await press('k')
    expect(current()).toContain('Rumours spread faster')
  })

  it('takes suggestion 1, tags with Enter, and undoes with u', async () => {
    await press('Enter')
    expect(tagsApi.addTag).not.toHaveBeenCalled()
    expect(status()).toContain('Choose a pattern first')

    await press('1')
    await press('Enter')
    expect(tagsApi.addTag).toHaveBeenCalledWith('note', 11, { pattern: 'rapid-rumour-rebuttal', stance: 'SUPPORTS' })
    expect(status()).toBe('Tagged to Rapid rumour rebuttal')
    expect(current()).toContain('One shared picture')
    expect(tagsApi.taggingSummary).toHaveBeenCalledTimes(2)

    await press('u')
    expect(tagsApi.removeTag).toHaveBeenCalledWith('note', 11, 111)
    expect(current()).toContain('Rumours spread faster')
    expect(status()).toContain('Took back the tag to Rapid rumour rebuttal')
  })

  it('c switches to contradicts; / searches and Enter tags the first match', async () => {
    await press('c')
    await press('/')
    const search = wrapper.find('#tagging-search')
    expect(document.activeElement).toBe(search.element)
    await search.setValue('shared')
    await press('j', search.element)
    expect(current()).toContain('Rumours spread faster')
    await press('Enter', search.element)
    expect(tagsApi.addTag).toHaveBeenCalledWith('note', 11, {
      pattern: 'shared-situation-picture',
      stance: 'CONTRADICTS',
    })
    expect(status()).toBe('Tagged to Shared situation picture (contradicts)')
  })
})

describe('TaggingPage stance', () => {
  it('starts every note from supports, even after tagging one as contradicts', async () => {
    await press('c')
    await press('1')
    await press('Enter')
    expect(tagsApi.addTag).toHaveBeenLastCalledWith('note', 11, {
      pattern: 'rapid-rumour-rebuttal',
      stance: 'CONTRADICTS',
    })
    expect(current()).toContain('One shared picture')
    expect(wrapper.find('input[value="SUPPORTS"]').element.checked).toBe(true)

    await press('1')
    await press('Enter')
    expect(tagsApi.addTag).toHaveBeenLastCalledWith('note', 12, {
      pattern: 'shared-situation-picture',
      stance: 'SUPPORTS',
    })
  })

  it('does not carry a switched stance to the next note when moving on without tagging', async () => {
    await press('c')
    expect(wrapper.find('input[value="CONTRADICTS"]').element.checked).toBe(true)
    await press('j')
    expect(wrapper.find('input[value="SUPPORTS"]').element.checked).toBe(true)
  })
})

describe('TaggingPage bulk tagging', () => {
  const queueTexts = () => wrapper.findAll('.tagging__notes li').map((li) => li.text())

  it('selects notes with x and tags them all to one pattern with one stance', async () => {
    await press('x')
    await press('j')
    await press('x')
    expect(status()).toContain('2 notes selected; Enter tags them all.')
    expect(wrapper.findAll('.tagging__select').map((box) => box.element.checked)).toEqual([true, true])
    expect(wrapper.find('#choose-heading').text()).toBe('Tag the 2 notes selected')

    await press('1')
    await press('c')
    await press('Enter')
    expect(tagsApi.bulkTag).toHaveBeenCalledWith({
      notes: [11, 12],
      lessons: [],
      pattern: 'shared-situation-picture',
      stance: 'CONTRADICTS',
    })
    expect(tagsApi.addTag).not.toHaveBeenCalled()
    expect(status()).toBe('Tagged 2 notes to Shared situation picture (contradicts)')
    expect(queueTexts()).toEqual([])
    expect(wrapper.find('input[value="SUPPORTS"]').element.checked).toBe(true)

    await press('u')
    expect(tagsApi.removeTag).toHaveBeenCalledWith('note', 11, 211)
    expect(tagsApi.removeTag).toHaveBeenCalledWith('note', 12, 212)
    expect(queueTexts()[0]).toContain('Rumours spread faster')
    expect(queueTexts()[1]).toContain('One shared picture')
    expect(status()).toBe('Took back the tags of 2 notes to Shared situation picture.')
  })

  it('selects with the checkbox, or x on it, and keeps the note in hand when it was not selected', async () => {
    await wrapper.find('#select-note-12').setValue(true)
    expect(status()).toContain('Selected note 2.')
    const box = wrapper.find('#select-note-12')
    await press('x', box.element)
    expect(box.element.checked).toBe(false)
    await press('x', box.element)

    await press('1')
    await press('Enter')
    expect(tagsApi.bulkTag).toHaveBeenCalledWith({
      notes: [12],
      lessons: [],
      pattern: 'rapid-rumour-rebuttal',
      stance: 'SUPPORTS',
    })
    expect(current()).toContain('Rumours spread faster')
  })
})

describe('TaggingPage lessons without a pattern', () => {
  const lesson = {
    id: 5,
    workshopId: 7,
    title: 'Answer within the hour',
    statement: 'A quick answer beats a late one.',
    type: 'LESSON_LEARNED',
    status: 'EMERGING',
  }

  beforeEach(async () => {
    tagsApi.taggingSummary.mockResolvedValue({
      notes: 4,
      taggedNotes: 2,
      shareTagged: 0.5,
      lessonsWithoutPattern: [lesson],
    })
    tagsApi.addTag.mockImplementation(async (type, id, body) => ({
      id: 300,
      targetType: type.toUpperCase(),
      targetId: id,
      pattern: { slug: body.pattern, name: nodes.find((n) => n.slug === body.pattern).name },
      stance: body.stance,
    }))
    await mountPage()
  })

  it('offers a way to tag each lesson the progress counts as untagged', async () => {
    expect(wrapper.find('.tagging__progress a').text()).toBe('1 lesson has no pattern yet')
    expect(wrapper.find('.tagging__progress a').attributes('href')).toBe('#lessons-untagged-heading')
    const form = wrapper.find('.tagging__lesson form')
    expect(form.find('h3').text()).toBe('Answer within the hour')

    await form.trigger('submit')
    expect(tagsApi.addTag).not.toHaveBeenCalled()
    expect(form.find('.error-summary').text()).toContain('Please check: Pattern')
    expect(wrapper.find('#lesson-5-pattern-error').text()).toBe('Choose a pattern or a technology from the list.')

    tagsApi.taggingSummary.mockResolvedValue({ notes: 4, taggedNotes: 2, shareTagged: 0.5, lessonsWithoutPattern: [] })
    await wrapper.find('#lesson-5-pattern').setValue('shared-situation-picture')
    await form.find('input[value="CONTRADICTS"]').setValue(true)
    await form.trigger('submit')
    await flushPromises()
    expect(tagsApi.addTag).toHaveBeenCalledWith('lesson', 5, {
      pattern: 'shared-situation-picture',
      stance: 'CONTRADICTS',
    })
    expect(status()).toBe('Tagged the lesson “Answer within the hour” to Shared situation picture (contradicts).')
    expect(wrapper.find('.tagging__lessons').exists()).toBe(false)
    expect(wrapper.find('.tagging__progress a').exists()).toBe(false)
  })

  it('leaves the keys to the lesson forms while one of their controls has focus', async () => {
    const select = wrapper.find('#lesson-5-pattern')
    await press('j', select.element)
    await press('Enter', select.element)
    expect(current()).toContain('Rumours spread faster')
    expect(tagsApi.addTag).not.toHaveBeenCalled()
  })
})

describe('TaggingPage technologies', () => {
  const technologyTag = (id, body, tagId) => ({
    id: tagId,
    targetType: 'NOTE',
    targetId: id,
    pattern: null,
    technology: { slug: body.technology, name: technologies.find((t) => t.slug === body.technology).name },
    stance: body.stance,
  })

  beforeEach(() => {
    tagsApi.addTag.mockImplementation(async (type, id, body) =>
      body.technology
        ? technologyTag(id, body, 500 + id)
        : {
            id: 100 + id,
            targetType: 'NOTE',
            targetId: id,
            pattern: { slug: body.pattern, name: nodes.find((n) => n.slug === body.pattern).name },
            stance: body.stance,
          },
    )
  })

  it('t switches to technologies: / searches the catalogue, Enter tags, and the note stays for its pattern', async () => {
    await press('t')
    expect(status()).toBe('Tagging to a technology.')
    expect(wrapper.find('label[for="tagging-search"]').text()).toBe('Search technologies (/)')
    expect(wrapper.find('#tagging-pattern-list').attributes('aria-label')).toBe('Technologies')
    expect(wrapper.find('#tagging-pattern-list').text()).toContain('Geolocation of public posts')

    await press('/')
    const search = wrapper.find('#tagging-search')
    await search.setValue('geoloc')
    await press('Enter', search.element)
    expect(tagsApi.addTag).toHaveBeenCalledWith('note', 11, {
      technology: 'geolocation-of-public-posts',
      stance: 'SUPPORTS',
    })
    expect(status()).toBe(
      'Tagged to Geolocation of public posts. The note stays in the queue until tagged to a pattern.',
    )
    expect(current()).toContain('Rumours spread faster')

    // then the pattern, chosen from the suggestions (which switches back to patterns)
    await press('1')
    expect(wrapper.find('input[name="tag-subject"][value="pattern"]').element.checked).toBe(true)
    await press('Enter')
    expect(tagsApi.addTag).toHaveBeenLastCalledWith('note', 11, {
      pattern: 'rapid-rumour-rebuttal',
      stance: 'SUPPORTS',
    })
    expect(current()).toContain('One shared picture')
  })

  it('undoes a technology tag without moving the note', async () => {
    await wrapper.find('input[name="tag-subject"][value="technology"]').setValue(true)
    await wrapper.findAll('#tagging-pattern-list button')[1].trigger('click')
    expect(wrapper.find('.tagging__chosen').text()).toBe('Chosen technology: Rumour tracking and fact-check workflows')
    await press('c')
    await press('Enter')
    expect(tagsApi.addTag).toHaveBeenCalledWith('note', 11, {
      technology: 'rumour-tracking-and-fact-check-workflows',
      stance: 'CONTRADICTS',
    })
    await press('u')
    expect(tagsApi.removeTag).toHaveBeenCalledWith('note', 11, 511)
    expect(status()).toBe('Took back the tag to Rumour tracking and fact-check workflows.')
    expect(wrapper.findAll('.tagging__notes li')).toHaveLength(2)
    expect(current()).toContain('Rumours spread faster')
  })

  it('tags selected notes to a technology at once, and they stay in the queue', async () => {
    tagsApi.bulkTag.mockImplementation(async (body) => body.notes.map((id) => technologyTag(id, body, 600 + id)))
    await press('x')
    await press('j')
    await press('x')
    await press('t')
    await press('/')
    const search = wrapper.find('#tagging-search')
    await search.setValue('rumour')
    await press('Enter', search.element)
    expect(tagsApi.bulkTag).toHaveBeenCalledWith({
      notes: [11, 12],
      lessons: [],
      technology: 'rumour-tracking-and-fact-check-workflows',
      stance: 'SUPPORTS',
    })
    expect(status()).toBe(
      'Tagged 2 notes to Rumour tracking and fact-check workflows. They stay in the queue until tagged to a pattern.',
    )
    expect(wrapper.findAll('.tagging__notes li')).toHaveLength(2)
    expect(wrapper.findAll('.tagging__select').map((box) => box.element.checked)).toEqual([false, false])
  })

  it('tags a lesson to a technology from the same list as the patterns; it keeps waiting for a pattern', async () => {
    const lesson = { id: 5, workshopId: 7, title: 'Log rumours', statement: 'Keep one log.', type: 'BEST_PRACTICE' }
    tagsApi.taggingSummary.mockResolvedValue({
      notes: 4,
      taggedNotes: 2,
      shareTagged: 0.5,
      lessonsWithoutPattern: [lesson],
    })
    tagsApi.addTag.mockImplementation(async (type, id, body) => ({
      ...technologyTag(id, body, 700),
      targetType: 'LESSON',
    }))
    await mountPage()
    const select = wrapper.find('#lesson-5-pattern')
    expect(select.findAll('optgroup').map((g) => g.attributes('label'))).toEqual(['Patterns', 'Technologies'])
    await select.setValue('technology:geolocation-of-public-posts')
    await wrapper.find('.tagging__lesson form').trigger('submit')
    await flushPromises()
    expect(tagsApi.addTag).toHaveBeenCalledWith('lesson', 5, {
      technology: 'geolocation-of-public-posts',
      stance: 'SUPPORTS',
    })
    expect(status()).toBe('Tagged the lesson “Log rumours” to Geolocation of public posts.')
    expect(wrapper.find('.tagging__lesson').exists()).toBe(true)
  })
})
