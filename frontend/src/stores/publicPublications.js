import { defineStore } from 'pinia'
import { ref } from 'vue'
import * as api from '../api/publications.js'

/** The published publications, for anyone: the index and the one being read. */
export const usePublicPublicationsStore = defineStore('publicPublications', () => {
  const list = ref([])
  const current = ref(null)

  async function loadList() {
    list.value = await api.listPublicPublications()
    return list.value
  }

  async function load(slug) {
    if (current.value && current.value.slug !== slug) current.value = null
    current.value = await api.getPublicPublication(slug)
    return current.value
  }

  return { list, current, loadList, load }
})
