// One way to run something a person asked for that may fail: busy while it runs (its button waits),
// then either done or the reason in words for an alert. What to announce, where focus goes and how a
// conflict reloads stay with the caller: run() answers whether it succeeded.
import { computed, ref } from 'vue'
import { describeError } from '../api/client.js'

/** error: a ref to share with other actions when one alert says what went wrong with any of them. */
export function useAction({ error = ref('') } = {}) {
  /** null, or while running what the action is about (true, or e.g. a note's id: "which button waits"). */
  const busyWith = ref(null)
  const busy = computed(() => busyWith.value !== null)

  /**
   * Runs action() and answers true when it succeeded. what: what it is about (see busyWith).
   * describe(e): the words for a failure, describeError unless the caller knows better (a 404).
   * afterFailure(e): what else a failure calls for once its words are shown (e.g. reload after a 409).
   */
  async function run(action, { what = true, describe = describeError, afterFailure } = {}) {
    busyWith.value = what
    error.value = ''
    try {
      await action()
      return true
    } catch (e) {
      error.value = describe(e)
      afterFailure?.(e)
      return false
    } finally {
      busyWith.value = null
    }
  }

  return { busy, busyWith, error, run }
}
