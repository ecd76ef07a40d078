// The time now, as a ref that moves on every `interval` ms while active(now) is true (a countdown on
// screen) and stands still otherwise, so that nothing ticks for nothing.
import { getCurrentScope, onScopeDispose, ref, watch } from 'vue'

export function useNow({ interval = 1000, active = () => true } = {}) {
  const now = ref(Date.now())
  let timer = null

  function stop() {
    clearInterval(timer)
    timer = null
  }

  watch(
    () => Boolean(active(now.value)),
    (on) => {
      now.value = Date.now()
      if (on && !timer) timer = setInterval(() => (now.value = Date.now()), interval)
      else if (!on) stop()
    },
    { immediate: true },
  )
  if (getCurrentScope()) onScopeDispose(stop)

  return now
}
