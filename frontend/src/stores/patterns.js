import { defineStore } from 'pinia'
import { ref } from 'vue'
import * as api from '../api/patterns.js'
import { getWorkshop } from '../api/workshops.js'

/** The pattern language: the graph (kept once loaded), the pattern being read with its ETag, evidence and revisions. */
export const usePatternsStore = defineStore('patterns', () => {
  const graph = ref(null)
  const current = ref(null)
  const etag = ref(null)
  const evidence = ref(null)
  const revisions = ref([])
  /** workshop id → its time zone, for showing when evidence was tagged in the workshop's own time */
  const workshopZones = ref({})
  let pendingGraph = null

  async function loadGraph({ force = false } = {}) {
    if (graph.value && !force) return graph.value
    pendingGraph ??= api
      .getPatternGraph()
      .then((g) => (graph.value = g))
      .finally(() => (pendingGraph = null))
    return pendingGraph
  }

  async function load(slug) {
    const { pattern, etag: tag } = await api.getPattern(slug)
    current.value = pattern
    etag.value = tag
    return pattern
  }

  async function loadEvidence(slug) {
    const found = await api.getEvidence(slug)
    if (current.value?.slug === slug || !current.value) evidence.value = found
    await loadZones(found?.items ?? [])
    return found
  }

  /** The evidence names each item's workshop without its zone: read the zones not known yet (a failure leaves the viewer's zone). */
  async function loadZones(items) {
    const missing = new Set()
    for (const item of items) {
      const workshop = item.workshop
      if (!workshop?.id) continue
      if (workshop.timeZone) workshopZones.value = { ...workshopZones.value, [workshop.id]: workshop.timeZone }
      else if (!workshopZones.value[workshop.id]) missing.add(workshop.id)
    }
    const found = await Promise.all(
      [...missing].map((id) =>
        getWorkshop(id).then(
          ({ workshop }) => [id, workshop?.timeZone],
          () => [id, null],
        ),
      ),
    )
    const known = Object.fromEntries(found.filter(([, zone]) => zone))
    if (Object.keys(known).length) workshopZones.value = { ...workshopZones.value, ...known }
  }

  /** The time zone of a workshop the evidence came from, once known. */
  function zoneOfWorkshop(id) {
    return workshopZones.value[id] ?? null
  }

  async function loadRevisions(slug) {
    revisions.value = await api.listRevisions(slug)
    return revisions.value
  }

  /** Sends If-Match with the ETag of what was read; a 412 means someone else saved first. */
  async function save(slug, body) {
    const { pattern, etag: tag } = await api.updatePattern(slug, body, etag.value)
    current.value = pattern
    etag.value = tag
    graph.value = null
    return pattern
  }

  async function create(body) {
    const { pattern, etag: tag } = await api.createPattern(body)
    current.value = pattern
    etag.value = tag
    graph.value = null
    return pattern
  }

  return {
    graph,
    current,
    etag,
    evidence,
    revisions,
    workshopZones,
    loadGraph,
    load,
    loadEvidence,
    loadRevisions,
    zoneOfWorkshop,
    save,
    create,
  }
})
