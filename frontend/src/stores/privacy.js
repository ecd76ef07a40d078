import { defineStore } from 'pinia'
import { ref } from 'vue'
import * as api from '../api/privacy.js'

export const AUDIT_PAGE_SIZE = 50

/** Staff's side of privacy: the notice's versions (admins), the author-access audit (admins), retention. */
export const usePrivacyStore = defineStore('privacy', () => {
  /** Every version of the notice, newest first; the first is current. */
  const notices = ref([])

  const audit = ref({ items: [], total: null, page: 0, hasNext: false, hasPrev: false })
  let latestAudit = 0

  /** {workshopId, retentionDays, eraseOn, due, delegatesToErase} of the workshop last asked about */
  const retention = ref(null)

  async function loadNotices() {
    notices.value = await api.listNotices()
    return notices.value
  }

  async function publish(text) {
    const published = await api.publishNotice(text)
    notices.value = [published, ...notices.value.filter((n) => n.version !== published.version)]
    return published
  }

  /** A page of the audit; only the latest request fills it, however the answers arrive. */
  async function loadAudit({ noteId, accountId } = {}, page = 0) {
    const ticket = ++latestAudit
    const result = await api.listAuthorAccess({ noteId, accountId, page, size: AUDIT_PAGE_SIZE })
    if (ticket !== latestAudit) return false
    audit.value = { ...result, page }
    return true
  }

  async function loadRetention(workshopId) {
    if (String(retention.value?.workshopId) !== String(workshopId)) retention.value = null
    const found = await api.fetchRetention(workshopId)
    retention.value = { workshopId, ...found }
    return retention.value
  }

  return { notices, audit, retention, loadNotices, publish, loadAudit, loadRetention }
})
