import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import * as api from '../api/publications.js'
import { listWorkshops } from '../api/workshops.js'

/** The most workshops the form offers to choose from (the API pages them by 200). */
const MAX_WORKSHOP_CHOICES = 1000

/**
 * Publications for staff: the list, and the one being read with its ETag, its assembled document and
 * the HTML preview. Every change answers the publication as the server now has it.
 */
export const usePublicationsStore = defineStore('publications', () => {
  const list = ref([])
  const current = ref(null)
  const etag = ref(null)
  const previewHtml = ref('')
  const versions = computed(() => current.value?.versions ?? [])

  /** Every workshop, newest first, to choose a publication's scope from: [{id, title, theme, startsAt}]. */
  const workshopChoices = ref([])
  const loadingWorkshops = ref(false)

  async function loadWorkshopChoices() {
    loadingWorkshops.value = true
    try {
      const found = []
      for (let page = 0; found.length < MAX_WORKSHOP_CHOICES; page += 1) {
        const { workshops, hasNext } = await listWorkshops({ page, size: 200 })
        found.push(...workshops)
        if (!hasNext || !workshops.length) break
      }
      workshopChoices.value = found.reverse()
      return workshopChoices.value
    } finally {
      loadingWorkshops.value = false
    }
  }

  async function loadList() {
    list.value = await api.listPublications()
    return list.value
  }

  /** The publication and its preview, read together so that they show the same moment. */
  async function load(id) {
    if (current.value && String(current.value.id) !== String(id)) {
      current.value = null
      previewHtml.value = ''
    }
    const [{ publication, etag: tag }, html] = await Promise.all([api.getPublication(id), api.getPublicationHtml(id)])
    current.value = publication
    etag.value = tag
    previewHtml.value = html
    return publication
  }

  async function create(body) {
    const created = await api.createPublication(body)
    list.value = [created, ...list.value.filter((p) => p.id !== created.id)]
    return created
  }

  async function update(id, body) {
    await api.updatePublication(id, body, etag.value)
    return load(id)
  }

  /** Moves it on, then reads it again: the preview and versions change with the status. */
  async function transition(id, to) {
    const moved = await api.transitionPublication(id, to)
    list.value = list.value.map((p) => (p.id === moved.id ? moved : p))
    await load(id)
    return moved
  }

  return {
    list,
    current,
    etag,
    previewHtml,
    versions,
    workshopChoices,
    loadingWorkshops,
    loadWorkshopChoices,
    loadList,
    load,
    create,
    update,
    transition,
  }
})
