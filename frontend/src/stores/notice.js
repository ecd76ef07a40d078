import { defineStore } from 'pinia'
import { ref } from 'vue'

/**
 * A message that outlives one navigation ("You need the Admin role…", "Workshop deleted."):
 * it is shown on the page the app goes to next and cleared when the person moves on.
 */
export const useNoticeStore = defineStore('notice', () => {
  const message = ref('')
  const kind = ref('info')
  let fresh = false

  function show(text, level = 'info') {
    message.value = text
    kind.value = level
    fresh = true
  }

  function clear() {
    message.value = ''
    fresh = false
  }

  /** Called on every route change. */
  function navigated() {
    if (fresh) fresh = false
    else clear()
  }

  return { message, kind, show, clear, navigated }
})
