// Words for a live region when notes arrive through the stream: "New note: …" for one, "3 new
// notes" for a burst, at most one announcement every couple of seconds.
import { onBeforeUnmount, ref, watch } from 'vue'
import { excerpt } from '../lib/notes.js'

/**
 * arrivedSource: a getter for the live store's `arrived` ids; noteFor(id): the note, or null when it
 * should not be announced (mine, not visible, gone).
 */
export function useArrivals(arrivedSource, noteFor, { delay = 1500 } = {}) {
  const message = ref('')
  let waiting = []
  let timer = null

  function say() {
    timer = null
    const notes = waiting.map(noteFor).filter(Boolean)
    waiting = []
    if (!notes.length) return
    message.value = notes.length === 1 ? `New note: ${excerpt(notes[0].text, 140)}` : `${notes.length} new notes.`
  }

  watch(arrivedSource, (now, before) => {
    const seen = new Set(before ?? [])
    const fresh = (now ?? []).filter((id) => !seen.has(id))
    if (!fresh.length) return
    waiting.push(...fresh)
    if (!timer) timer = setTimeout(say, delay)
  })

  onBeforeUnmount(() => clearTimeout(timer))

  return { message }
}
