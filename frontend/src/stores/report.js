// The workshop report: its HTML for the preview, and its files for download.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import * as api from '../api/reports.js'

export const useReportStore = defineStore('report', () => {
  const workshopId = ref(null)
  /** The report as HTML (for a sandboxed iframe), or null before it is loaded. */
  const html = ref(null)

  function forWorkshop(id) {
    if (String(workshopId.value) !== String(id)) {
      workshopId.value = id
      html.value = null
    }
  }

  async function loadPreview(id) {
    forWorkshop(id)
    const text = await api.fetchReportHtml(id)
    if (String(workshopId.value) === String(id)) html.value = text
    return text
  }

  /** format: 'html', 'md' or 'pdf'. Answers {blob, fileName}. */
  function file(id, format) {
    return api.fetchReportFile(id, format)
  }

  return { workshopId, html, loadPreview, file }
})
