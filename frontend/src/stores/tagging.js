import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import * as tagsApi from '../api/tags.js'

/**
 * One workshop's tagging session: the queue of notes no pattern is tagged to yet, the note in hand with
 * its suggestions, the notes selected for tagging at once, the progress (with the lessons no pattern is
 * tagged to yet), and the tags made here (for "undo").
 *
 * A tag goes to a pattern (a slug, or {pattern: slug}) or to a technology of the catalogue
 * ({technology: slug}). A note or lesson tagged to a technology stays where it is: it still waits for
 * its pattern.
 */

/** The request's subject: a bare slug is a pattern's. */
function subjectOf(subject) {
  if (typeof subject === 'string') return { pattern: subject }
  return subject?.technology ? { technology: subject.technology } : { pattern: subject?.pattern }
}
const isTechnology = (subject) => Boolean(subjectOf(subject).technology)
export const useTaggingStore = defineStore('tagging', () => {
  const workshopId = ref(null)
  const queue = ref([])
  const index = ref(0)
  const suggestions = ref([])
  const summary = ref(null)
  /** ids of the notes selected for a bulk tag */
  const selected = ref(new Set())
  /**
   * what "undo" takes back, newest last: [{pattern, technology, items: [{noteId, tag, note, at, stays}]}];
   * stays: the note stayed in the queue (a technology tag), so undo leaves the queue as it is.
   */
  const done = ref([])

  const currentNote = computed(() => queue.value[index.value] ?? null)
  const selectedNotes = computed(() => queue.value.filter((n) => selected.value.has(n.id)))
  const lessonsWithoutPattern = computed(() => summary.value?.lessonsWithoutPattern ?? [])
  let suggestionsFor = null

  async function load(id) {
    if (String(workshopId.value) !== String(id)) {
      done.value = []
      index.value = 0
      selected.value = new Set()
    }
    workshopId.value = id
    const [notes, totals] = await Promise.all([tagsApi.taggingQueue(id), tagsApi.taggingSummary(id)])
    queue.value = notes
    summary.value = totals
    const inQueue = new Set(notes.map((n) => n.id))
    selected.value = new Set([...selected.value].filter((noteId) => inQueue.has(noteId)))
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

  /** Selects a note for a bulk tag, or unselects it. Answers whether it is selected now. */
  function toggleSelected(noteId) {
    const next = new Set(selected.value)
    if (next.has(noteId)) next.delete(noteId)
    else next.add(noteId)
    selected.value = next
    return next.has(noteId)
  }

  function clearSelection() {
    selected.value = new Set()
  }

  /** The notes leave the queue; the note in hand stays in hand if it is not among them. */
  function removeFromQueue(noteIds) {
    const current = currentNote.value?.id
    const gone = new Set(noteIds)
    queue.value = queue.value.filter((n) => !gone.has(n.id))
    const stay = queue.value.findIndex((n) => n.id === current)
    index.value = stay !== -1 ? stay : Math.min(index.value, Math.max(0, queue.value.length - 1))
    selected.value = new Set([...selected.value].filter((noteId) => !gone.has(noteId)))
    suggestions.value = []
    loadSuggestions().catch(() => {})
    refreshSummary().catch(() => {})
  }

  /** Tags the current note; tagged to a pattern it leaves the queue. Answers the tag. */
  async function tagCurrent(subject, stance = 'SUPPORTS', rationale) {
    const note = currentNote.value
    if (!note) return null
    const stays = isTechnology(subject)
    const tag = await tagsApi.addTag('note', note.id, {
      ...subjectOf(subject),
      stance,
      ...(rationale ? { rationale } : {}),
    })
    done.value = [
      ...done.value,
      {
        pattern: tag?.pattern ?? null,
        technology: tag?.technology ?? null,
        items: [{ noteId: note.id, tag, note, at: index.value, stays }],
      },
    ]
    if (stays) refreshSummary().catch(() => {})
    else removeFromQueue([note.id])
    return tag
  }

  /**
   * Tags every selected note to one pattern or technology with one stance (POST /api/tags/bulk); tagged to
   * a pattern they leave the queue, and the selection is cleared. Answers the tags made (notes already
   * tagged to it are skipped by the server).
   */
  async function tagSelected(subject, stance = 'SUPPORTS') {
    const notes = selectedNotes.value
    if (!notes.length) return []
    const stays = isTechnology(subject)
    const tags = await tagsApi.bulkTag({ notes: notes.map((n) => n.id), lessons: [], ...subjectOf(subject), stance })
    const positions = new Map(queue.value.map((n, i) => [n.id, i]))
    const items = tags
      .filter((tag) => tag.targetType !== 'LESSON')
      .map((tag) => {
        const note = notes.find((n) => n.id === tag.targetId)
        return note ? { noteId: note.id, tag, note, at: positions.get(note.id), stays } : null
      })
      .filter(Boolean)
    if (items.length) {
      done.value = [
        ...done.value,
        { pattern: tags[0]?.pattern ?? null, technology: tags[0]?.technology ?? null, items },
      ]
    }
    if (stays) clearSelection()
    else removeFromQueue(notes.map((n) => n.id))
    return tags
  }

  /** Takes back the last tagging done here (one note, or every note of a bulk tag); they come back where they were. */
  async function undo() {
    const last = done.value.at(-1)
    if (!last) return null
    for (const item of last.items) await tagsApi.removeTag('note', item.noteId, item.tag.id)
    done.value = done.value.slice(0, -1)
    const list = [...queue.value]
    for (const item of [...last.items].filter((i) => !i.stays).sort((a, b) => a.at - b.at)) {
      if (!list.some((n) => n.id === item.noteId)) list.splice(Math.min(item.at, list.length), 0, item.note)
    }
    queue.value = list
    index.value = Math.max(
      0,
      queue.value.findIndex((n) => n.id === last.items[0].noteId),
    )
    suggestions.value = []
    loadSuggestions().catch(() => {})
    refreshSummary().catch(() => {})
    return last
  }

  /**
   * Tags a lesson (one the summary lists as having no pattern); tagged to a pattern it leaves that list.
   * Answers the tag.
   */
  async function tagLesson(lessonId, subject, stance = 'SUPPORTS') {
    const tag = await tagsApi.addTag('lesson', lessonId, { ...subjectOf(subject), stance })
    if (summary.value && !isTechnology(subject)) {
      summary.value = {
        ...summary.value,
        lessonsWithoutPattern: (summary.value.lessonsWithoutPattern ?? []).filter((l) => l.id !== lessonId),
      }
    }
    refreshSummary().catch(() => {})
    return tag
  }

  return {
    workshopId,
    queue,
    index,
    suggestions,
    summary,
    selected,
    done,
    currentNote,
    selectedNotes,
    lessonsWithoutPattern,
    load,
    move,
    toggleSelected,
    clearSelection,
    tagCurrent,
    tagSelected,
    undo,
    tagLesson,
    refreshSummary,
  }
})
