import { defineStore } from 'pinia'
import { ref } from 'vue'
import * as api from '../api/sessions.js'
import { movedOrder } from '../lib/agenda.js'

const byPosition = (a, b) => (a.position ?? 0) - (b.position ?? 0) || a.id - b.id

/** The agenda of one workshop, in order. `as: 'delegate'` reads it with the delegate token. */
export const useAgendaStore = defineStore('agenda', () => {
  const workshopId = ref(null)
  const sessions = ref([])

  function forWorkshop(id) {
    if (String(workshopId.value) !== String(id)) {
      workshopId.value = id
      sessions.value = []
    }
  }

  async function load(id, { as } = {}) {
    forWorkshop(id)
    const list = await api.listSessions(id, { as })
    if (String(workshopId.value) === String(id)) sessions.value = [...list].sort(byPosition)
    return sessions.value
  }

  async function create(id, body) {
    forWorkshop(id)
    const created = await api.createSession(id, body)
    sessions.value = [...sessions.value, created].sort(byPosition)
    return created
  }

  async function update(id, sessionId, body) {
    const updated = await api.updateSession(id, sessionId, body)
    sessions.value = sessions.value.map((s) => (s.id === updated.id ? updated : s)).sort(byPosition)
    return updated
  }

  async function remove(id, sessionId) {
    await api.deleteSession(id, sessionId)
    sessions.value = sessions.value.filter((s) => String(s.id) !== String(sessionId))
  }

  /** Moves one session up (-1) or down (+1); answers false when it is already at that end. */
  async function move(id, sessionId, delta) {
    const order = movedOrder(sessions.value, sessionId, delta)
    if (!order) return false
    const list = await api.reorderSessions(id, order)
    sessions.value = [...list].sort(byPosition)
    return true
  }

  function calendar(id, { as } = {}) {
    return api.fetchCalendar(id, { as })
  }

  return { workshopId, sessions, load, create, update, remove, move, calendar }
})
