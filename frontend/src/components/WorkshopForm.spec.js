import { describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import WorkshopForm from './WorkshopForm.vue'

const themes = [
  { slug: 'trolling', name: 'Trolling', description: 'Online abuse.' },
  { slug: 'dark-web', name: 'Dark web', description: 'Hidden services.' },
]

const aScheduledWorkshop = () => ({
  id: 7,
  title: 'Trolling and public order',
  theme: 'trolling',
  description: 'How police handle trolling.',
  startsAt: '2027-03-10T09:00:00+01:00',
  endsAt: '2027-03-10T17:00:00+01:00',
  timeZone: 'Europe/Brussels',
  venue: 'Brussels',
  onlineUrl: null,
  capacity: 30,
  attribution: 'ATTRIBUTED',
  status: 'SCHEDULED',
  version: 3,
})

function mountForm(props = {}) {
  return mount(WorkshopForm, {
    props: { themes, submitLabel: 'Create workshop', ...props },
    attachTo: document.body,
  })
}

function inputLabelled(wrapper, text) {
  const label = wrapper.findAll('label').find((l) => l.text() === text)
  return wrapper.find(`#${label.attributes('for')}`)
}

describe('WorkshopForm', () => {
  it('shows a field violation beside its field and links it for assistive technology', async () => {
    const wrapper = mountForm()
    await wrapper.setProps({
      problem: {
        detail: 'The workshop has invalid fields.',
        violations: [{ field: 'endsAt', message: 'A workshop must end after it starts.' }],
      },
    })

    const ends = inputLabelled(wrapper, 'Ends')
    expect(ends.attributes('aria-invalid')).toBe('true')
    const describedBy = ends.attributes('aria-describedby').split(' ')
    const message = describedBy.map((id) => wrapper.find(`#${id}`)).find((el) => el.classes('field-error'))
    expect(message.text()).toBe('A workshop must end after it starts.')
    // beside its own field, not elsewhere in the form
    expect(ends.element.parentElement.contains(message.element)).toBe(true)

    const starts = inputLabelled(wrapper, 'Starts')
    expect(starts.attributes('aria-invalid')).toBeUndefined()
    const summary = wrapper.find('[role="alert"]')
    expect(summary.find('h2').text()).toBe('Please check: Ends')
    expect(summary.find('a').text()).toBe('Ends: A workshop must end after it starts.')
    expect(summary.find('a').attributes('href')).toBe(`#${ends.attributes('id')}`)
    wrapper.unmount()
  })

  it("lists problems in the form's order with its labels, and words them for the controls", async () => {
    const wrapper = mountForm()
    await wrapper.setProps({
      problem: {
        detail: 'Some fields are not valid: capacity, startsAt, theme, timeZone.',
        violations: [
          { field: 'capacity', message: 'Give the number of delegates who can take part.' },
          { field: 'startsAt', message: 'Give the date and time the workshop starts, with its offset.' },
          { field: 'theme', message: "'x' is not one of the six themes." },
          {
            field: 'timeZone',
            message: "'Mars/Olympus' is not a time zone. Use an IANA name such as Europe/Brussels.",
          },
        ],
      },
    })
    await flushPromises()
    const summary = wrapper.find('[role="alert"]')
    expect(document.activeElement).toBe(summary.element)
    expect(summary.find('h2').text()).toBe('Please check: Theme, Starts, Time zone, Capacity')
    expect(summary.text()).not.toContain('Some fields are not valid')
    expect(wrapper.find('#workshop-startsAt-error').text()).toBe('Give the date and time the workshop starts.')
    expect(wrapper.find('#workshop-timeZone-error').text()).toBe('Choose the time zone from the list.')
    expect(wrapper.find('#workshop-theme-error').text()).toBe('Choose one of the six themes.')
    await summary.findAll('a')[1].trigger('click')
    expect(document.activeElement).toBe(inputLabelled(wrapper, 'Starts').element)
    wrapper.unmount()
  })

  it("defaults to the Chatham House rule and the organiser's own time zone for a new workshop, not UTC", () => {
    // the test machine may well be in UTC: put the organiser somewhere else
    const real = Intl.DateTimeFormat.prototype.resolvedOptions
    vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockImplementation(function resolved() {
      return { ...real.call(this), timeZone: 'America/Toronto' }
    })
    const wrapper = mountForm()
    expect(wrapper.find('input[value="CHATHAM_HOUSE"]').element.checked).toBe(true)
    expect(inputLabelled(wrapper, 'Time zone').element.value).toBe('America/Toronto')
    wrapper.unmount()
  })

  it('shows the stored times as wall times in the workshop zone and submits them with the offset', async () => {
    const wrapper = mountForm({ workshop: aScheduledWorkshop(), submitLabel: 'Save changes' })
    expect(inputLabelled(wrapper, 'Starts').element.value).toBe('2027-03-10T09:00')

    await inputLabelled(wrapper, 'Ends').setValue('2027-03-28T05:00')
    await wrapper.find('form').trigger('submit')

    const [body] = wrapper.emitted('submit')[0]
    expect(body.startsAt).toBe('2027-03-10T09:00:00+01:00')
    expect(body.endsAt).toBe('2027-03-28T05:00:00+02:00')
    expect(body.attribution).toBe('ATTRIBUTED')
    expect(body.capacity).toBe(30)
    wrapper.unmount()
  })

  it('sends the pre-moderation choice', async () => {
    const wrapper = mountForm({
      workshop: { ...aScheduledWorkshop(), preModeration: false },
      submitLabel: 'Save changes',
    })
    const box = inputLabelled(wrapper, 'Pre-moderate notes (a facilitator approves each note before others see it)')
    expect(box.element.checked).toBe(false)
    await box.setValue(true)
    await wrapper.find('form').trigger('submit')
    expect(wrapper.emitted('submit')[0][0].preModeration).toBe(true)
    wrapper.unmount()
  })
})
