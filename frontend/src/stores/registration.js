import { defineStore } from 'pinia'
import { ref } from 'vue'
import * as api from '../api/registrations.js'

/**
 * The public side: a workshop's notice by join code, registering, and what a personal link shows.
 * The personal key itself is never kept here; pages hold it only while they need it.
 */
export const useRegistrationStore = defineStore('registration', () => {
  /** {workshop, notice} for the join code being registered for */
  const notice = ref(null)
  /** {delegate, workshop, notice, consentRequired, consents, eraseOn} behind a personal link */
  const personal = ref(null)
  /** {delegateId, erasedAt, message} once the delegate erased their data: the link is dead from then on */
  const erased = ref(null)

  async function loadNotice(joinCode) {
    notice.value = null
    notice.value = await api.fetchNotice(joinCode.trim().toUpperCase())
    return notice.value
  }

  async function register(body) {
    return api.register(body)
  }

  async function lookUp(accessToken) {
    personal.value = await api.lookUpRegistration(accessToken)
    return personal.value
  }

  async function confirm(accessToken) {
    personal.value = await api.confirmRegistration(accessToken)
    return personal.value
  }

  async function decline(accessToken) {
    personal.value = await api.declineRegistration(accessToken)
    return personal.value
  }

  async function cancel(accessToken) {
    personal.value = await api.cancelRegistration(accessToken)
    return personal.value
  }

  async function acceptNotice(accessToken, version) {
    personal.value = await api.acceptNotice(accessToken, version)
    return personal.value
  }

  /** The delegate's data as a file to save: {blob, filename}. */
  async function exportMyData(accessToken) {
    return api.exportMyData(accessToken)
  }

  /** Erases the delegate's personal data; what the link showed is dropped at once. */
  async function erase(accessToken) {
    erased.value = await api.eraseMyData(accessToken)
    personal.value = null
    return erased.value
  }

  function forget() {
    personal.value = null
    erased.value = null
  }

  return {
    notice,
    personal,
    erased,
    loadNotice,
    register,
    lookUp,
    confirm,
    decline,
    cancel,
    acceptNotice,
    exportMyData,
    erase,
    forget,
  }
})
