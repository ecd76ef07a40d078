import { describe, expect, it } from 'vitest'
import { cardDetails, cardTitle, draftOf, interestNames, previewCard, previewText, profileBody } from './community.js'

const registration = { name: 'Ana Costa', organisation: 'Polícia Judiciária', sector: 'POLICE', country: 'PT' }
const draft = (changes = {}) => ({
  visible: true,
  fields: { name: true, organisation: false, sector: true, country: false },
  bio: '',
  interests: [],
  contact: '',
  ...changes,
})

describe('community words', () => {
  it('builds the preview card from the switched-on details only', () => {
    const card = previewCard(draft(), registration, 12)
    expect(card).toMatchObject({ id: 12, name: 'Ana Costa', sector: 'POLICE', organisation: null, country: null })
    expect(JSON.stringify(card)).not.toContain('Polícia Judiciária')
  })

  it('says in one sentence what others see', () => {
    expect(previewText(draft(), registration, 12)).toBe('Others see: Ana Costa · Police.')
    expect(previewText(draft({ bio: 'Hi', interests: ['a', 'b'] }), registration, 12)).toBe(
      'Others see: Ana Costa · Police, and your bio and 2 interests.',
    )
    expect(
      previewText(
        draft({ fields: { name: false, organisation: false, sector: false, country: false } }),
        registration,
        12,
      ),
    ).toBe('Others see: Member 12, with no details.')
    expect(previewText(draft({ visible: false }), registration, 12)).toBe(
      'Others see nothing: you are not in the directory.',
    )
  })

  it('names a card by what it shows', () => {
    expect(cardTitle({ id: 4 })).toBe('Member 4')
    expect(cardTitle({ id: 4, name: 'Bo' })).toBe('Bo')
    expect(cardDetails({ id: 4, organisation: 'NGO', sector: 'CIVIL_SOCIETY' })).toEqual(['NGO', 'Civil society'])
    expect(interestNames(['x', 'y'], [{ slug: 'x', name: 'Pattern X' }])).toEqual(['Pattern X', 'y'])
  })

  it('turns a profile into a draft and a draft into the body PUT takes', () => {
    const profile = {
      memberId: 3,
      visible: true,
      fields: { name: true, organisation: false, sector: true, country: true },
      bio: null,
      interests: ['x'],
      contact: 'me@example.org',
      registration,
    }
    const edited = { ...draftOf(profile), bio: '  About me  ', contact: '  ' }
    expect(profileBody(edited)).toEqual({
      visible: true,
      fields: { name: true, organisation: false, sector: true, country: true },
      bio: 'About me',
      interests: ['x'],
      contact: null,
    })
    expect(draftOf(null).visible).toBe(false)
  })
})
