import { defineStore } from 'pinia'
import { ref } from 'vue'
import * as api from '../api/patterns.js'

/** The pattern language: the graph (kept once loaded), the pattern being read with its ETag, evidence and revisions. */
export const usePatternsStore = defineStore('patterns', () => {
  const graph = ref(null)
  const current = ref(null)
  const etag = ref(null)
  const evidence = ref(null)
  const revisions = ref([])
  let pendingGraph = null

  async function loadGraph({ force = false } = {}) {
    if (graph.value && !force) return graph.value
    pendingGraph ??= api.getPatternGraph().then((g) => (graph.value = g)).finally(() => (pendingGraph = null))
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
    return found
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

  return { graph, current, etag, evidence, revisions, loadGraph, load, loadEvidence, loadRevisions, save, create }
})
