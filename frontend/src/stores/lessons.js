import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import * as api from '../api/lessons.js'

/** A workshop's lessons by id; live lesson.* events are upserts. */
export const useLessonsStore = defineStore('lessons', () => {
  const workshopId = ref(null)
  const byId = ref(new Map())
  const list = computed(() => [...byId.value.values()])

  function upsert(lesson) {
    if (!lesson || lesson.id === undefined) return
    if (
      workshopId.value !== null &&
      lesson.workshopId !== undefined &&
      String(lesson.workshopId) !== String(workshopId.value)
    )
      return
    const known = byId.value.get(lesson.id)
    // an event does not say whether *you* endorsed it; older versions never replace newer ones
    if (known && known.version !== undefined && lesson.version !== undefined && lesson.version < known.version) return
    const merged = { ...lesson }
    if (merged.endorsedByMe == null && known?.endorsedByMe != null) merged.endorsedByMe = known.endorsedByMe
    const next = new Map(byId.value)
    next.set(lesson.id, merged)
    byId.value = next
  }

  /** as: 'staff' or 'delegate'. An event that arrived while the list was loading is kept if newer. */
  async function load(id, { as } = {}) {
    if (String(workshopId.value) !== String(id)) byId.value = new Map()
    workshopId.value = id
    const lessons = await api.listLessons(id, as ? { as } : undefined)
    if (String(workshopId.value) !== String(id)) return
    const known = byId.value
    byId.value = new Map()
    for (const lesson of lessons) upsert(lesson)
    for (const [lessonId, lesson] of known) {
      const fresh = byId.value.get(lessonId)
      if (!fresh || (lesson.version ?? 0) > (fresh.version ?? 0))
        upsert({ ...lesson, endorsedByMe: fresh?.endorsedByMe ?? lesson.endorsedByMe })
    }
  }

  /**
   * A delegate endorses (on) or takes it back: shown at once, then the server's answer (which, unlike
   * events, says endorsedByMe); put back if the server says no.
   */
  async function endorse(id, on) {
    const before = byId.value.get(id)
    const set = (lesson) => {
      const next = new Map(byId.value)
      next.set(id, lesson)
      byId.value = next
    }
    if (before) {
      const delta = Boolean(before.endorsedByMe) === on ? 0 : on ? 1 : -1
      set({ ...before, endorsedByMe: on, endorsements: Math.max(0, (before.endorsements ?? 0) + delta) })
    }
    try {
      const result = await api.setEndorsement(id, on)
      const now = byId.value.get(id)
      if (result) {
        // an event newer than the answer keeps its content; the answer says whether I endorse it
        const newer = now && now.version !== undefined && result.version !== undefined && now.version > result.version
        set({ ...(newer ? now : { ...now, ...result }), endorsedByMe: Boolean(result.endorsedByMe) })
      }
      return result
    } catch (e) {
      const now = byId.value.get(id)
      if (now && before) set({ ...now, endorsements: before.endorsements, endorsedByMe: before.endorsedByMe })
      throw e
    }
  }

  async function create(body) {
    const lesson = await api.createLesson(workshopId.value, body)
    upsert(lesson)
    return lesson
  }

  /** version: the lesson's version when the edit began; a newer one on the server answers 412. */
  async function update(id, body, version) {
    const lesson = await api.updateLesson(id, body, version)
    upsert(lesson)
    return lesson
  }

  async function transition(id, to) {
    const lesson = await api.transitionLesson(id, to)
    upsert(lesson)
    return lesson
  }

  /** One event from the workshop's stream ({type, data}); answers whether it was a lesson event. */
  function applyEvent(event) {
    if (!event?.type?.startsWith('lesson.')) return false
    upsert(event.data)
    return true
  }

  return { workshopId, byId, list, upsert, load, create, update, transition, endorse, applyEvent }
})
