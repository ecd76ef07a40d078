import { defineStore } from 'pinia'
import { ref } from 'vue'
import * as api from '../api/workshops.js'

export const PAGE_SIZE = 20

export const useWorkshopsStore = defineStore('workshops', () => {
  // the list page
  const items = ref([])
  const total = ref(null)
  const hasNext = ref(false)
  const hasPrev = ref(false)

  // the workshop being viewed or edited, with the ETag to send back
  const current = ref(null)
  const etag = ref(null)

  let latestList = 0

  async function list(filters) {
    const ticket = ++latestList
    const result = await api.listWorkshops({ ...filters, size: PAGE_SIZE })
    // Only the latest filter change may fill the list, however the answers arrive.
    if (ticket !== latestList) return false
    items.value = result.workshops
    total.value = result.total
    hasNext.value = result.hasNext
    hasPrev.value = result.hasPrev
    return true
  }

  function keep({ workshop, etag: tag }) {
    current.value = workshop
    etag.value = tag
    return workshop
  }

  async function load(id) {
    if (current.value && String(current.value.id) !== String(id)) {
      current.value = null
      etag.value = null
    }
    return keep(await api.getWorkshop(id))
  }

  async function create(body) {
    return keep(await api.createWorkshop(body))
  }

  async function update(id, body) {
    return keep(await api.updateWorkshop(id, body, etag.value ?? `"${current.value?.version}"`))
  }

  async function remove(id) {
    await api.deleteWorkshop(id)
    current.value = null
    etag.value = null
  }

  async function moveTo(id, status) {
    return keep(await api.transitionWorkshop(id, status))
  }

  /**
   * The workshop as a live event showed it (e.g. its new status). An older version than the one
   * kept is ignored; a newer one also brings its ETag.
   */
  function applyLive(changes) {
    if (!changes || changes.id === undefined || changes.id === null) return
    const same = (w) => String(w?.id) === String(changes.id)
    if (same(current.value)) {
      const older =
        changes.version !== undefined && current.value.version !== undefined && changes.version < current.value.version
      if (!older) {
        current.value = { ...current.value, ...changes }
        if (changes.version !== undefined && changes.version !== null) etag.value = `"${changes.version}"`
      }
    }
    if (items.value.some(same)) items.value = items.value.map((w) => (same(w) ? { ...w, ...changes } : w))
  }

  return { items, total, hasNext, hasPrev, current, etag, list, load, create, update, remove, moveTo, applyLive }
})
