import { describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
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
    expect(wrapper.find('[role="alert"]').text()).toContain('The workshop has invalid fields.')
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
    const wrapper = mountForm({ workshop: { ...aScheduledWorkshop(), preModeration: false }, submitLabel: 'Save changes' })
    const box = inputLabelled(wrapper, 'Pre-moderate notes (a facilitator approves each note before others see it)')
    expect(box.element.checked).toBe(false)
    await box.setValue(true)
    await wrapper.find('form').trigger('submit')
    expect(wrapper.emitted('submit')[0][0].preModeration).toBe(true)
    wrapper.unmount()
  })
})
