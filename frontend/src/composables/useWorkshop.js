// The workshop a staff sub-page (overview, agenda, delegates, check-in, breakouts, projector) belongs to.
import { computed, watch } from 'vue'
import { describeError } from '../api/client.js'
import { useWorkshopsStore } from '../stores/workshops.js'
import { useAction } from './useAction.js'

const describeLoadError = (e) =>
  e.status === 404 ? 'There is no such workshop. It may have been deleted.' : describeError(e)

/** idSource: a getter for the route's workshop id. */
export function useWorkshop(idSource) {
  const workshops = useWorkshopsStore()
  const { busy: loading, error: loadError, run } = useAction()

  const workshop = computed(() => (String(workshops.current?.id) === String(idSource()) ? workshops.current : null))

  function reload() {
    return run(() => workshops.load(idSource()), { describe: describeLoadError })
  }

  watch(idSource, reload, { immediate: true })

  return { workshop, loading, loadError, reload }
}
