import { get, post } from './client.js'

export async function login(email, password) {
  const { data } = await post('/api/auth/login', { email, password }, { auth: false })
  return data
}

export async function fetchMe() {
  const { data } = await get('/api/me')
  return data
}
