// The community: opening it with a personal key (in the body, never in a URL), the member's profile,
// the directory, suggestions, introductions and blocks (with the member token), and the organisers'
// figures (with the staff token).
import { del, get, post, put } from './client.js'

const member = { auth: 'member' }

/** Answers {token, expiresAt, memberId, delegateIds}; 401 for a key that is not valid, 409 without a place. */
export async function openCommunity(key) {
  const { data } = await post('/api/community/session', { key }, { auth: false })
  return data
}

/** Adds the registration behind this key (same email) to the member: {memberId, delegateIds}. */
export async function linkRegistration(key) {
  const { data } = await post('/api/community/link', { key }, member)
  return data
}

/** {memberId, visible, fields: {name, organisation, sector, country}, bio, interests, contact, registration, delegateIds} */
export async function fetchProfile() {
  const { data } = await get('/api/community/profile', member)
  return data
}

export async function saveProfile(profile) {
  const { data } = await put('/api/community/profile', profile, member)
  return data
}

/** Visible members other than me: [{id, name?, organisation?, sector?, country?, bio?, interests}] */
export async function fetchDirectory() {
  const { data } = await get('/api/community', member)
  return data
}

/** [{member, reason}] */
export async function fetchSuggestions(limit = 10) {
  const { data } = await get('/api/community/suggestions', { ...member, query: { limit } })
  return data
}

/** The patterns one can name as interests: [{slug, name}] */
export async function fetchPatternChoices() {
  const { data } = await get('/api/community/patterns', member)
  return data
}

export async function fetchBlocks() {
  const { data } = await get('/api/community/blocks', member)
  return data
}

/** Answers the members I blocked. */
export async function blockMember(memberId) {
  const { data } = await post('/api/community/blocks', { member: memberId }, member)
  return data
}

export async function unblockMember(memberId) {
  await del(`/api/community/blocks/${encodeURIComponent(memberId)}`, member)
}

/** [{id, status, direction, member, message, contact?, createdAt, decidedAt}] */
export async function fetchIntroductions() {
  const { data } = await get('/api/introductions', member)
  return data
}

export async function askIntroduction(to, message) {
  const { data } = await post('/api/introductions', { to, message }, member)
  return data
}

export async function answerIntroduction(id, answer) {
  const { data } = await post(`/api/introductions/${encodeURIComponent(id)}/${answer}`, undefined, member)
  return data
}

/** Staff (organisers, admins): {members, visibleMembers, introductionsMade, introductionsAccepted, crossSectorShare} */
export async function fetchCommunityFigures() {
  const { data } = await get('/api/community/figures')
  return data
}
