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
    if (workshopId.value !== null && lesson.workshopId !== undefined && String(lesson.workshopId) !== String(workshopId.value)) return
    const known = byId.value.get(lesson.id)
    // an event does not say whether *you* endorsed it; older versions never replace newer ones
    if (known && known.version !== undefined && lesson.version !== undefined && lesson.version < known.version) return
    const merged = { ...lesson }
    if (merged.endorsedByMe === undefined && known?.endorsedByMe !== undefined) merged.endorsedByMe = known.endorsedByMe
    const next = new Map(byId.value)
    next.set(lesson.id, merged)
    byId.value = next
  }

  async function load(id) {
    if (String(workshopId.value) !== String(id)) byId.value = new Map()
    workshopId.value = id
    const lessons = await api.listLessons(id)
    byId.value = new Map(lessons.map((l) => [l.id, l]))
  }

  async function create(body) {
    const lesson = await api.createLesson(workshopId.value, body)
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

  return { workshopId, byId, list, upsert, load, create, transition, applyEvent }
})
