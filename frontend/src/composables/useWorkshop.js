// The workshop a staff sub-page (agenda, delegates, check-in, breakouts, projector) belongs to.
import { computed, ref, watch } from 'vue'
import { describeError } from '../api/client.js'
import { useWorkshopsStore } from '../stores/workshops.js'

/** idSource: a getter for the route's workshop id. */
export function useWorkshop(idSource) {
  const workshops = useWorkshopsStore()
  const loading = ref(false)
  const loadError = ref('')

  const workshop = computed(() => (String(workshops.current?.id) === String(idSource()) ? workshops.current : null))

  async function reload() {
    loading.value = true
    loadError.value = ''
    try {
      await workshops.load(idSource())
    } catch (e) {
      loadError.value = e.status === 404 ? 'There is no such workshop. It may have been deleted.' : describeError(e)
    } finally {
      loading.value = false
    }
  }

  watch(idSource, reload, { immediate: true })

  return { workshop, loading, loadError, reload }
}
