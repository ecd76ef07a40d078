import { defineStore } from 'pinia'
import { ref } from 'vue'
import * as api from '../api/breakouts.js'
import { withDelegateMoved } from '../lib/breakouts.js'

export const useBreakoutsStore = defineStore('breakouts', () => {
  const workshopId = ref(null)
  /** The current allocation, or null when there is none yet. */
  const allocation = ref(null)

  function forWorkshop(id) {
    if (String(workshopId.value) !== String(id)) {
      workshopId.value = id
      allocation.value = null
    }
  }

  async function load(id) {
    forWorkshop(id)
    const current = await api.currentAllocation(id)
    if (String(workshopId.value) === String(id)) allocation.value = current
    return current
  }

  /** options: {groups} or {size}, and an optional seed. */
  async function allocate(id, options) {
    forWorkshop(id)
    allocation.value = await api.allocate(id, options)
    return allocation.value
  }

  /** Shows the move at once and puts back the server's answer (with the new score), or the old board on failure. */
  async function move(id, delegateId, group) {
    const before = allocation.value
    if (!before) return null
    allocation.value = withDelegateMoved(before, delegateId, group)
    try {
      allocation.value = await api.moveDelegate(id, before.id, delegateId, group)
      return allocation.value
    } catch (e) {
      allocation.value = before
      throw e
    }
  }

  return { workshopId, allocation, load, allocate, move }
})
