import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, render, screen } from '@testing-library/vue'
import userEvent from '@testing-library/user-event'
import ModeratedNote from './ModeratedNote.vue'

const aNote = (fields = {}) => ({
  id: 1,
  workshopId: 5,
  sessionId: 3,
  kind: 'INSIGHT',
  status: 'VISIBLE',
  pinned: false,
  votes: 0,
  text: 'Call Jan on +48 600 100 200 about the fake posts',
  createdAt: '2027-03-10T09:01:00Z',
  sensitivity: 'NONE',
  ...fields,
})

afterEach(() => cleanup())

describe('ModeratedNote', () => {
  it('offers the publication text only to those who may write it, beside the original', async () => {
    const user = userEvent.setup()
    const { emitted, rerender } = render(ModeratedNote, { props: { note: aNote(), canLabel: true } })
    expect(screen.queryByRole('button', { name: 'Publication text' })).toBeNull()

    await rerender({ note: aNote(), canLabel: true, canReword: true })
    await user.click(screen.getByRole('button', { name: 'Publication text' }))
    const text = screen.getByRole('textbox', { name: 'Publication text' })
    expect(document.activeElement).toBe(text)
    expect(screen.getByText('Original').nextElementSibling.textContent).toBe(
      'Call Jan on +48 600 100 200 about the fake posts',
    )
    expect(screen.getByRole('button', { name: 'Clear the publication text' }).disabled).toBe(true)
    await user.type(text, 'Agree a contact person for false posts.')
    await user.click(screen.getByRole('button', { name: 'Save publication text' }))

    expect(emitted().reword[0]).toEqual([expect.objectContaining({ id: 1 }), 'Agree a contact person for false posts.'])
    expect(screen.queryByRole('textbox', { name: 'Publication text' })).toBeNull()
  })

  it('clears a publication text, and shows the one a note has', async () => {
    const user = userEvent.setup()
    const note = aNote({ publicationText: 'Agree a contact person.' })
    const { emitted } = render(ModeratedNote, { props: { note, canLabel: true, canReword: true } })
    expect(screen.getByText('Publication text: “Agree a contact person.”')).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Publication text' }))
    expect(screen.getByRole('textbox', { name: 'Publication text' }).value).toBe('Agree a contact person.')
    await user.click(screen.getByRole('button', { name: 'Clear the publication text' }))
    expect(emitted().reword[0][1]).toBeNull()
  })

  it('shows a label as a badge with its reason, and starts the form from it', async () => {
    const user = userEvent.setup()
    const note = aNote({ sensitivity: 'OPERATIONAL', sensitivityReason: 'describes tactics' })
    const { emitted } = render(ModeratedNote, { props: { note, canLabel: true } })
    expect(screen.getByText('Operational — not for publication')).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Sensitivity' }))
    const select = screen.getByRole('combobox', { name: 'Sensitivity' })
    expect(select.value).toBe('OPERATIONAL')
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'None (may be published)',
      'Personal data',
      'Operational',
      'Restricted',
    ])
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(emitted().label).toBeUndefined()
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Sensitivity' }))
  })

  it('offers no label control to a viewer who may not label', () => {
    render(ModeratedNote, { props: { note: aNote() } })
    expect(screen.queryByRole('button', { name: 'Sensitivity' })).toBeNull()
  })
})
