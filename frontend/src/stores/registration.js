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
  /** {delegate, workshop, notice} behind a personal link */
  const personal = ref(null)

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

  function forget() {
    personal.value = null
  }

  return { notice, personal, loadNotice, register, lookUp, confirm, decline, cancel, forget }
})
