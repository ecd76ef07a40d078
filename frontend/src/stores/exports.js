// Downloads of exports, one state per file: idle, loading (with bytes so far), done or failed with the
// reason in words. Starting a download that is already running does nothing.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import * as api from '../api/exports.js'
import { describeError } from '../api/client.js'
import { saveBlob } from '../lib/download.js'

const IDLE = Object.freeze({ status: 'idle', loaded: 0, total: null, error: '', filename: null })

/** The key of each download, for state(). */
export const exportKeys = {
  workshop: (id, format) => `workshop:${id}:${format}`,
  project: (id) => `project:${id}`,
  codebook: () => 'codebook',
}

export const useExportsStore = defineStore('exports', () => {
  const downloads = ref({})

  function state(key) {
    return downloads.value[key] ?? IDLE
  }

  /** Runs fetcher({onProgress}) → {blob, filename} and saves the file; answers whether it worked. */
  async function run(key, fetcher) {
    if (state(key).status === 'loading') return false
    downloads.value[key] = { ...IDLE, status: 'loading' }
    const onProgress = ({ loaded, total }) => {
      downloads.value[key] = { ...downloads.value[key], loaded, total }
    }
    try {
      const { blob, filename } = await fetcher({ onProgress })
      saveBlob(blob, filename)
      downloads.value[key] = { ...downloads.value[key], status: 'done', filename }
      return true
    } catch (e) {
      downloads.value[key] = { ...downloads.value[key], status: 'error', error: describeError(e) }
      return false
    }
  }

  /** format: 'json' or 'csv'. */
  function workshopData(workshopId, format) {
    return run(exportKeys.workshop(workshopId, format), (o) => api.fetchWorkshopExport(workshopId, format, o))
  }

  function project(workshopId) {
    return run(exportKeys.project(workshopId), (o) => api.fetchProject(workshopId, o))
  }

  function codebook() {
    return run(exportKeys.codebook(), (o) => api.fetchCodebook(o))
  }

  return { state, workshopData, project, codebook }
})
