import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import * as api from '../api/community.js'

/**
 * What a community member works with: their profile, the directory, suggestions, introductions, blocks
 * and the patterns one can be interested in. Organisers' figures live here too (with the staff token).
 */
export const useCommunityStore = defineStore('community', () => {
  const profile = ref(null)
  const directory = ref(null)
  const suggestions = ref(null)
  const introductions = ref(null)
  const blocked = ref(null)
  const patterns = ref(null)
  const figures = ref(null)

  const incoming = computed(() => (introductions.value ?? []).filter((i) => i.direction === 'INCOMING'))
  const outgoing = computed(() => (introductions.value ?? []).filter((i) => i.direction === 'OUTGOING'))
  const waitingForMe = computed(() => incoming.value.filter((i) => i.status === 'PENDING').length)

  async function loadProfile() {
    profile.value = await api.fetchProfile()
    return profile.value
  }

  async function saveProfile(body) {
    profile.value = await api.saveProfile(body)
    return profile.value
  }

  async function loadPatterns() {
    if (!patterns.value) patterns.value = await api.fetchPatternChoices()
    return patterns.value
  }

  async function loadDirectory() {
    directory.value = await api.fetchDirectory()
    return directory.value
  }

  async function loadSuggestions(limit = 10) {
    suggestions.value = await api.fetchSuggestions(limit)
    return suggestions.value
  }

  async function loadIntroductions() {
    introductions.value = await api.fetchIntroductions()
    return introductions.value
  }

  async function loadBlocks() {
    blocked.value = await api.fetchBlocks()
    return blocked.value
  }

  function replaceIntroduction(changed) {
    const list = introductions.value ?? []
    const at = list.findIndex((i) => i.id === changed.id)
    introductions.value = at >= 0 ? list.map((i) => (i.id === changed.id ? changed : i)) : [changed, ...list]
  }

  /** Asks to be introduced; the member leaves the suggestions (they are asked now). */
  async function ask(memberId, message) {
    const created = await api.askIntroduction(memberId, message)
    replaceIntroduction(created)
    if (suggestions.value) suggestions.value = suggestions.value.filter((s) => s.member.id !== memberId)
    return created
  }

  async function answer(id, what) {
    const changed = await api.answerIntroduction(id, what)
    replaceIntroduction(changed)
    return changed
  }

  /** Blocks a member: they leave the directory and the suggestions at once. */
  async function block(memberId) {
    blocked.value = await api.blockMember(memberId)
    if (directory.value) directory.value = directory.value.filter((m) => m.id !== memberId)
    if (suggestions.value) suggestions.value = suggestions.value.filter((s) => s.member.id !== memberId)
    return blocked.value
  }

  async function unblock(memberId) {
    await api.unblockMember(memberId)
    if (blocked.value) blocked.value = blocked.value.filter((m) => m.id !== memberId)
  }

  async function loadFigures() {
    figures.value = await api.fetchCommunityFigures()
    return figures.value
  }

  /** On leaving: nothing of this member stays in memory. */
  function forget() {
    profile.value = null
    directory.value = null
    suggestions.value = null
    introductions.value = null
    blocked.value = null
  }

  return {
    profile,
    directory,
    suggestions,
    introductions,
    blocked,
    patterns,
    figures,
    incoming,
    outgoing,
    waitingForMe,
    loadProfile,
    saveProfile,
    loadPatterns,
    loadDirectory,
    loadSuggestions,
    loadIntroductions,
    loadBlocks,
    ask,
    answer,
    block,
    unblock,
    loadFigures,
    forget,
  }
})
