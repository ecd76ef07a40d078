import { defineStore } from 'pinia'
import { ref } from 'vue'
import * as api from '../api/accounts.js'

export const useAccountsStore = defineStore('accounts', () => {
  const accounts = ref([])

  async function load() {
    accounts.value = await api.listAccounts()
  }

  function replace(account) {
    const index = accounts.value.findIndex((a) => a.id === account.id)
    if (index === -1) accounts.value.push(account)
    else accounts.value.splice(index, 1, account)
    return account
  }

  async function create(newAccount) {
    return replace(await api.createAccount(newAccount))
  }

  async function update(id, changes) {
    return replace(await api.updateAccount(id, changes))
  }

  return { accounts, load, create, update }
})
