import { defineStore } from 'pinia'
import { ref } from 'vue'
import * as api from '../api/notes.js'
import { closeRound, openRound } from '../api/sessions.js'
import { useLiveStore } from './live.js'

/**
 * What facilitators, organisers and admins do to the live wall: rounds, hide/restore, pin, approve,
 * merge, sensitivity labels and publication texts, rapporteur notes, and the moderation log. Every answer goes into the live store at once; the
 * event that follows is the same note again (an upsert, so nothing doubles).
 */
export const useModerationStore = defineStore('moderation', () => {
  const log = ref([])
  const logWorkshopId = ref(null)

  const applied = (note) => {
    useLiveStore().upsertNote(note)
    return note
  }

  const hide = async (noteId, reason) => applied(await api.hideNote(noteId, reason))
  const restore = async (noteId) => applied(await api.restoreNote(noteId))
  const pin = async (noteId) => applied(await api.pinNote(noteId))
  const unpin = async (noteId) => applied(await api.unpinNote(noteId))
  const approve = async (noteId) => applied(await api.approveNote(noteId))
  /** What may leave the room: any staff member labels a note; analysts and admins word it for outputs. */
  const label = async (noteId, sensitivity, reason) => applied(await api.setSensitivity(noteId, sensitivity, reason))
  const reword = async (noteId, text) => applied(await api.setPublicationText(noteId, text))

  /** The survivor takes the votes: read it again so its count is right here too. */
  async function merge(noteId, into) {
    const merged = applied(await api.mergeNote(noteId, into))
    try {
      applied(await api.getNote(into))
    } catch {
      // the stream brings the new count anyway
    }
    return merged
  }

  async function setRound(workshopId, sessionId, open) {
    const session = open ? await openRound(workshopId, sessionId) : await closeRound(workshopId, sessionId)
    useLiveStore().upsertSession(session)
    return session
  }

  /** A staff note (e.g. a rapporteur's DISCUSSION); key: a UUID kept for retries of this one note. */
  async function submit(workshopId, body, key) {
    const note = await api.submitNote(workshopId, body, key)
    useLiveStore().acknowledge(note, key)
    return note
  }

  async function loadLog(workshopId) {
    if (String(logWorkshopId.value) !== String(workshopId)) {
      log.value = []
      logWorkshopId.value = workshopId
    }
    const entries = await api.fetchModerationLog(workshopId)
    if (String(logWorkshopId.value) === String(workshopId)) log.value = entries
    return log.value
  }

  return { log, logWorkshopId, hide, restore, pin, unpin, approve, label, reword, merge, setRound, submit, loadLog }
})
