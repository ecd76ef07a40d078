// Staff as other staff may see them (not the admin-only accounts list): who can be chosen for a role.
import { get } from './client.js'

/** roles: the roles wanted (any of them). Answers the enabled staff with one of them: [{id, displayName, roles}]. */
export async function listStaff(roles) {
  const { data } = await get('/api/staff', { query: { role: roles } })
  return Array.isArray(data) ? data : []
}
