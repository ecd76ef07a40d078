import { defineStore } from 'pinia'
import { ref } from 'vue'
import * as api from '../api/delegates.js'

/** A delegate as kept in the list: never with the key, which is shown once and then forgotten. */
function withoutKey(delegate) {
  if (!delegate) return delegate
  const { accessToken, personalLink, ...rest } = delegate
  return rest
}

export const useDelegatesStore = defineStore('delegates', () => {
  const workshopId = ref(null)
  const items = ref([])
  const counts = ref(null)
  let latestList = 0

  function forWorkshop(id) {
    if (String(workshopId.value) !== String(id)) {
      workshopId.value = id
      items.value = []
      counts.value = null
    }
  }

  /** Only the latest request may fill the list, however the answers arrive. Answers false for a stale one. */
  async function load(id, filters = {}) {
    forWorkshop(id)
    const ticket = ++latestList
    const list = await api.listDelegates(id, filters)
    if (ticket !== latestList) return false
    items.value = list.map(withoutKey)
    return true
  }

  async function loadCounts(id) {
    forWorkshop(id)
    const answer = await api.delegateCounts(id)
    if (String(workshopId.value) === String(id)) counts.value = answer
    return answer
  }

  function replace(delegate) {
    const kept = withoutKey(delegate)
    const index = items.value.findIndex((d) => d.id === kept.id)
    if (index !== -1) items.value.splice(index, 1, kept)
    return kept
  }

  /** Answers the invited delegate including its personal link (the only time it is shown). */
  async function invite(id, body) {
    const invited = await api.inviteDelegate(id, body)
    return invited
  }

  async function importCsv(id, csv) {
    return api.importDelegates(id, csv)
  }

  async function cancel(id, delegateId) {
    return replace(await api.cancelDelegate(id, delegateId))
  }

  /** consent: given at the desk, needed for someone who is INVITED or WAITLISTED (they are registered too). */
  async function checkIn(id, delegateId, { consent = false } = {}) {
    return replace(await api.checkInDelegate(id, delegateId, consent ? { consent: true } : undefined))
  }

  /**
   * Someone at the door who was not on the list: invited with their details, then checked in with
   * the consent given at the desk. If the check-in fails they stay on the list as invited, and the
   * error carries them as `invited`, so the desk can finish from there.
   */
  async function walkIn(id, fields) {
    const invited = withoutKey(await api.inviteDelegate(id, fields))
    if (String(workshopId.value) === String(id)) items.value = [...items.value, invited]
    try {
      return replace(await api.checkInDelegate(id, invited.id, { consent: true }))
    } catch (e) {
      e.invited = invited
      throw e
    }
  }

  async function undoCheckIn(id, delegateId) {
    return replace(await api.undoCheckIn(id, delegateId))
  }

  /** Answers the delegate with its new personal link; the list keeps it without. */
  async function renewLink(id, delegateId) {
    const renewed = await api.renewPersonalLink(id, delegateId)
    replace(renewed)
    return renewed
  }

  return {
    workshopId,
    items,
    counts,
    load,
    loadCounts,
    invite,
    importCsv,
    cancel,
    checkIn,
    walkIn,
    undoCheckIn,
    renewLink,
  }
})
