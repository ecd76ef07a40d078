import { get } from './client.js'

export async function listThemes() {
  const { data } = await get('/api/themes')
  return data ?? []
}
