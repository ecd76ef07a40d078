import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import * as tagsApi from '../api/tags.js'

/**
 * One workshop's tagging session: the queue of untagged notes, the note in hand with its
 * suggestions, the progress, and the tags made here (for "undo").
 */
export const useTaggingStore = defineStore('tagging', () => {
  const workshopId = ref(null)
  const queue = ref([])
  const index = ref(0)
  const suggestions = ref([])
  const summary = ref(null)
  /** [{noteId, tag, note}] newest last */
  const done = ref([])

  const currentNote = computed(() => queue.value[index.value] ?? null)
  let suggestionsFor = null

  async function load(id) {
    if (String(workshopId.value) !== String(id)) {
      done.value = []
      index.value = 0
    }
    workshopId.value = id
    const [notes, totals] = await Promise.all([tagsApi.taggingQueue(id), tagsApi.taggingSummary(id)])
    queue.value = notes
    summary.value = totals
    index.value = Math.min(index.value, Math.max(0, notes.length - 1))
    await loadSuggestions()
  }

  async function refreshSummary() {
    if (workshopId.value !== null) summary.value = await tagsApi.taggingSummary(workshopId.value)
  }

  async function loadSuggestions() {
    const note = currentNote.value
    suggestionsFor = note?.id ?? null
    if (!note) {
      suggestions.value = []
      return
    }
    const found = await tagsApi.patternSuggestions(note.id, 9)
    if (suggestionsFor === note.id) suggestions.value = found
  }

  function move(step) {
    if (!queue.value.length) return false
    const next = Math.max(0, Math.min(queue.value.length - 1, index.value + step))
    if (next === index.value) return false
    index.value = next
    suggestions.value = []
    loadSuggestions().catch(() => {})
    return true
  }

  /** Tags the current note; it leaves the queue. Answers the tag. */
  async function tagCurrent(pattern, stance = 'SUPPORTS', rationale) {
    const note = currentNote.value
    if (!note) return null
    const tag = await tagsApi.addTag('note', note.id, { pattern, stance, ...(rationale ? { rationale } : {}) })
    done.value = [...done.value, { noteId: note.id, tag, note, at: index.value }]
    queue.value = queue.value.filter((n) => n.id !== note.id)
    index.value = Math.min(index.value, Math.max(0, queue.value.length - 1))
    suggestions.value = []
    loadSuggestions().catch(() => {})
    refreshSummary().catch(() => {})
    return tag
  }

  /** Takes back the last tag made here; the note comes back to where it was. Answers what was undone. */
  async function undo() {
    const last = done.value.at(-1)
    if (!last) return null
    await tagsApi.removeTag('note', last.noteId, last.tag.id)
    done.value = done.value.slice(0, -1)
    if (!queue.value.some((n) => n.id === last.noteId)) {
      const list = [...queue.value]
      list.splice(Math.min(last.at, list.length), 0, last.note)
      queue.value = list
    }
    index.value = queue.value.findIndex((n) => n.id === last.noteId)
    suggestions.value = []
    loadSuggestions().catch(() => {})
    refreshSummary().catch(() => {})
    return last
  }

  return { workshopId, queue, index, suggestions, summary, done, currentNote, load, move, tagCurrent, undo, refreshSummary }
})
