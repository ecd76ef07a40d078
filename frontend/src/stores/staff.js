import { defineStore } from 'pinia'
import { ref } from 'vue'
import { listStaff } from '../api/staff.js'

/** Organisers and admins also run sessions, so they are facilitators to choose from too. */
export const FACILITATOR_ROLES = ['FACILITATOR', 'ORGANISER', 'ADMIN']

/** Who may be chosen to facilitate a session: loaded once, for organisers and admins alike. */
export const useStaffStore = defineStore('staff', () => {
  const facilitators = ref([])
  let pending = null

  async function loadFacilitators({ force = false } = {}) {
    if (pending) return pending
    if (facilitators.value.length && !force) return facilitators.value
    pending = listStaff(FACILITATOR_ROLES)
      .then((list) => {
        facilitators.value = [...list].sort((a, b) => String(a.displayName).localeCompare(String(b.displayName)))
        return facilitators.value
      })
      .finally(() => {
        pending = null
      })
    return pending
  }

  return { facilitators, loadFacilitators }
})
