import { defineStore } from 'pinia'
import { ref } from 'vue'
import * as api from '../api/guide.js'

/**
 * The public Pattern Language guide: the patterns matching the chosen theme and search, the graph
 * (kept once loaded), and the pattern being read with the publications that cite it. A pattern the
 * guide does not have (a draft, a wrong address) is `missing`, not an error.
 */
export const useGuideStore = defineStore('guide', () => {
  const patterns = ref([])
  /** the filters `patterns` answers: {theme, q} */
  const shown = ref(null)
  const graph = ref(null)
  const current = ref(null)
  /** the slug of a pattern the guide does not have */
  const missing = ref(null)
  const citing = ref([])
  let latestSearch = 0
  let pendingGraph = null

  /** The patterns in a theme and matching a text; an answer overtaken by a later search is dropped. */
  async function search({ theme = '', q = '' } = {}) {
    const mine = ++latestSearch
    const found = await api.listGuidePatterns({ theme, q: q.trim() })
    if (mine !== latestSearch) return patterns.value
    patterns.value = found
    shown.value = { theme, q: q.trim() }
    return found
  }

  async function loadGraph() {
    if (graph.value) return graph.value
    pendingGraph ??= api
      .getGuideGraph()
      .then((g) => (graph.value = g))
      .finally(() => (pendingGraph = null))
    return pendingGraph
  }

  /** The pattern, or null when the guide has no such pattern (404); other failures throw. */
  async function load(slug) {
    missing.value = null
    citing.value = []
    try {
      const pattern = await api.getGuidePattern(slug)
      current.value = pattern
      return pattern
    } catch (e) {
      if (e?.status !== 404) throw e
      current.value = null
      missing.value = slug
      return null
    }
  }

  /** Publications that cite the pattern; none until public publications exist (the API call never fails). */
  async function loadCiting(slug) {
    const found = await api.citingPublications(slug)
    if (current.value?.slug === slug) citing.value = found
    return found
  }

  return { patterns, shown, graph, current, missing, citing, search, loadGraph, load, loadCiting }
})
