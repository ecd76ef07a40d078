// What delegates do without a staff sign-in: read a workshop's notice by join code, register, use
// their personal key (always in the request body, never in a URL) and join the live workshop.
import { get, post } from './client.js'
import { filenameFrom } from '../lib/download.js'

const open = { auth: false }

/** Answers {workshop, notice: {version, text}}; 404 for an unknown code. */
export async function fetchNotice(joinCode) {
  const { data } = await get('/api/registrations/notice', { ...open, query: { joinCode } })
  return data
}

/**
 * Answers 202 {message} whether or not the email was already registered: the personal link goes by
 * email only, never in the answer.
 */
export async function register(body) {
  const { data } = await post('/api/registrations', body, open)
  return data
}

/** Each answers {delegate, workshop, notice}; 401 for a key that is not valid. */
export async function lookUpRegistration(accessToken) {
  const { data } = await post('/api/my-registration', { accessToken }, open)
  return data
}

export async function confirmRegistration(accessToken) {
  const { data } = await post('/api/my-registration/confirm', { accessToken, consent: true }, open)
  return data
}

export async function declineRegistration(accessToken) {
  const { data } = await post('/api/my-registration/decline', { accessToken }, open)
  return data
}

export async function cancelRegistration(accessToken) {
  const { data } = await post('/api/my-registration/cancel', { accessToken }, open)
  return data
}

/** credentials: {accessToken} or {joinCode, email}. Answers {token, expiresAt, workshop, delegate}. */
export async function joinWorkshop(credentials) {
  const { data } = await post('/api/join', credentials, open)
  return data
}

/** With the delegate token: {delegate, workshop}. */
export async function fetchDelegateMe() {
  const { data } = await get('/api/me/delegate', { auth: 'delegate' })
  return data
}

/**
 * "Download my data": the JSON file of everything held about the delegate. Answers {blob, filename};
 * 401 for a key that is not valid.
 */
export async function exportMyData(key) {
  const { data, headers } = await post('/api/my-registration/export', { key }, { ...open, responseType: 'blob' })
  return { blob: data, filename: filenameFrom(headers.get('Content-Disposition'), 'my-data.json') }
}

/** Erases the delegate's personal data; answers {delegateId, erasedAt, message}. The key stops working. */
export async function eraseMyData(key) {
  const { data } = await post('/api/my-registration/erase', { key }, open)
  return data
}

/** Accepts this version of the privacy notice; answers the personal view again. 409 when a newer one exists. */
export async function acceptNotice(key, version) {
  const { data } = await post('/api/my-registration/consent', { key, version }, open)
  return data
}
