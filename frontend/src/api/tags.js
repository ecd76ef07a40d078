// Tagging notes and lessons with patterns (analysts and admins), suggestions and the tagging queue.
import { del, get, post } from './client.js'

const targetPath = (type, id) => `/api/${type === 'lesson' ? 'lessons' : 'notes'}/${encodeURIComponent(id)}/tags`

/** type: 'note' | 'lesson'; body {pattern: slug, stance, rationale?}; answers the tag (201, 409 when already tagged). */
export async function addTag(type, id, body) {
  const { data } = await post(targetPath(type, id), body)
  return data
}

export async function listTags(type, id) {
  const { data } = await get(targetPath(type, id))
  return Array.isArray(data) ? data : []
}

export async function removeTag(type, id, tagId) {
  await del(`${targetPath(type, id)}/${encodeURIComponent(tagId)}`)
}

/** body {notes:[ids], lessons:[ids], pattern, stance, rationale} */
export async function bulkTag(body) {
  const { data } = await post('/api/tags/bulk', body)
  return data
}

/** [{slug, name, summary, score}] best first */
export async function patternSuggestions(noteId, limit = 9) {
  const { data } = await get(`/api/notes/${encodeURIComponent(noteId)}/pattern-suggestions`, { query: { limit } })
  return Array.isArray(data) ? data : []
}

/** [Note]: the workshop's visible notes without a tag, oldest first. */
export async function taggingQueue(workshopId) {
  const { data } = await get(`/api/workshops/${encodeURIComponent(workshopId)}/tagging/queue`)
  return Array.isArray(data) ? data : []
}

/** {notes, taggedNotes, shareTagged, lessonsWithoutPattern} */
export async function taggingSummary(workshopId) {
  const { data } = await get(`/api/workshops/${encodeURIComponent(workshopId)}/tagging/summary`)
  return data
}
