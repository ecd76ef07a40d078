import { get, patch, post } from './client.js'

export async function listAccounts() {
  const { data } = await get('/api/accounts')
  return data ?? []
}

export async function createAccount({ email, displayName, password, roles }) {
  const { data } = await post('/api/accounts', { email, displayName, password, roles })
  return data
}

/** changes: any of displayName, roles, enabled, password */
export async function updateAccount(id, changes) {
  const { data } = await patch(`/api/accounts/${encodeURIComponent(id)}`, changes)
  return data
}
