import { defineStore } from 'pinia'
import { ref } from 'vue'
import { listThemes } from '../api/themes.js'
import { describeError } from '../api/client.js'

export const useThemesStore = defineStore('themes', () => {
  const themes = ref([])
  const loading = ref(false)
  const error = ref('')
  let pending = null

  async function load() {
    if (themes.value.length) return themes.value
    if (!pending) {
      loading.value = true
      error.value = ''
      pending = listThemes()
        .then((list) => {
          themes.value = list
          return list
        })
        .catch((e) => {
          error.value = describeError(e)
          return []
        })
        .finally(() => {
          loading.value = false
          pending = null
        })
    }
    return pending
  }

  function nameFor(slug) {
    return themes.value.find((theme) => theme.slug === slug)?.name ?? slug
  }

  return { themes, loading, error, load, nameFor }
})
