// What the community pages say about members: a card's title and details (only what the member shows),
// the live preview of one's own profile, and the request body a profile form sends.
import { sectorLabel } from './labels.js'
import { countryName } from './delegates.js'

export const PROFILE_FIELDS = [
  { name: 'name', label: 'Name' },
  { name: 'organisation', label: 'Organisation' },
  { name: 'sector', label: 'Sector' },
  { name: 'country', label: 'Country' },
]

export const BIO_MAX = 1000
export const CONTACT_MAX = 300
export const INTERESTS_MAX = 20

/** A member's name, or what stands for it when they do not show it. */
export function cardTitle(card) {
  return card?.name || `Member ${card?.id ?? ''}`.trim()
}

/** The details a card shows, in words, in one order: organisation, sector, country. */
export function cardDetails(card) {
  if (!card) return []
  return [
    card.organisation || null,
    card.sector ? sectorLabel(card.sector) : null,
    card.country ? countryName(card.country) : null,
  ].filter(Boolean)
}

/** The pattern names of a card's interests, in its order (an unknown slug is shown as it is). */
export function interestNames(slugs, choices) {
  const names = new Map((choices ?? []).map((p) => [p.slug, p.name]))
  return (slugs ?? []).map((slug) => names.get(slug) ?? slug)
}

/** The card others would see for this draft of one's own profile, built from one's latest registration. */
export function previewCard(draft, registration, memberId) {
  const shown = (field) => (Boolean(draft.fields?.[field]) && registration?.[field] ? registration[field] : null)
  return {
    id: memberId,
    name: shown('name'),
    organisation: shown('organisation'),
    sector: shown('sector'),
    country: shown('country'),
    bio: draft.bio?.trim() || null,
    interests: draft.interests ?? [],
  }
}

/** "Others see: …" in one sentence, for the live preview beside the switches. */
export function previewText(draft, registration, memberId) {
  if (!draft.visible) return 'Others see nothing: you are not in the directory.'
  const card = previewCard(draft, registration, memberId)
  const parts = [card.name, ...cardDetails(card)].filter(Boolean)
  const who = parts.length ? parts.join(' · ') : `${cardTitle(card)}, with no details`
  const extras = []
  if (card.bio) extras.push('your bio')
  if (card.interests.length)
    extras.push(card.interests.length === 1 ? '1 interest' : `${card.interests.length} interests`)
  return `Others see: ${who}${extras.length ? `, and ${extras.join(' and ')}` : ''}.`
}

/** A profile as the API returns it → the draft a form edits. */
export function draftOf(profile) {
  return {
    visible: Boolean(profile?.visible),
    fields: Object.fromEntries(PROFILE_FIELDS.map((f) => [f.name, Boolean(profile?.fields?.[f.name])])),
    bio: profile?.bio ?? '',
    interests: [...(profile?.interests ?? [])],
    contact: profile?.contact ?? '',
  }
}

/** The draft → what PUT /api/community/profile takes. */
export function profileBody(draft) {
  return {
    visible: Boolean(draft.visible),
    fields: { ...draft.fields },
    bio: draft.bio?.trim() ? draft.bio.trim() : null,
    interests: [...draft.interests],
    contact: draft.contact?.trim() ? draft.contact.trim() : null,
  }
}

export const INTRODUCTION_STATUS_LABELS = {
  PENDING: 'Waiting for an answer',
  ACCEPTED: 'Accepted',
  DECLINED: 'Declined',
}
