import { defineStore } from 'pinia'
import { ref } from 'vue'
import * as api from '../api/technologies.js'

/**
 * The technology catalogue: the list as filtered last, the whole catalogue (kept once loaded, for
 * choosing one when tagging), the entry being read with its ETag, its evidence and its revisions.
 */
export const useTechnologiesStore = defineStore('technologies', () => {
  const list = ref([])
  const all = ref(null)
  const current = ref(null)
  const etag = ref(null)
  const evidence = ref(null)
  const revisions = ref([])
  let searchCount = 0
  let pendingAll = null

  /** filters: {theme, category, q}; an answer to an older search that arrives late is dropped. */
  async function search(filters = {}) {
    const mine = ++searchCount
    const found = await api.listTechnologies(filters)
    if (mine === searchCount) list.value = found
    return found
  }

  async function loadAll({ force = false } = {}) {
    if (all.value && !force) return all.value
    pendingAll ??= api
      .listTechnologies()
      .then((found) => (all.value = found))
      .finally(() => (pendingAll = null))
    return pendingAll
  }

  async function load(slug) {
    const { technology, etag: tag } = await api.getTechnology(slug)
    current.value = technology
    etag.value = tag
    return technology
  }

  async function loadEvidence(slug) {
    const found = await api.getTechnologyEvidence(slug)
    evidence.value = found
    return found
  }

  async function loadRevisions(slug) {
    const found = await api.listTechnologyRevisions(slug)
    revisions.value = found
    return found
  }

  /** Sends If-Match with the ETag of what was read; a 412 means someone else saved first. */
  async function save(slug, body) {
    const { technology, etag: tag } = await api.updateTechnology(slug, body, etag.value)
    current.value = technology
    etag.value = tag
    all.value = null
    return technology
  }

  async function create(body) {
    const { technology, etag: tag } = await api.createTechnology(body)
    current.value = technology
    etag.value = tag
    all.value = null
    return technology
  }

  return {
    list,
    all,
    current,
    etag,
    evidence,
    revisions,
    search,
    loadAll,
    load,
    loadEvidence,
    loadRevisions,
    save,
    create,
  }
})
