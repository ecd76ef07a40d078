import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'

vi.mock('../api/accounts.js', () => ({ listAccounts: vi.fn(), createAccount: vi.fn(), updateAccount: vi.fn() }))

const api = await import('../api/accounts.js')
const { useAccountsStore } = await import('./accounts.js')

const olga = { id: 1, email: 'olga@demo.test', displayName: 'Olga Organiser', roles: ['ORGANISER'], enabled: true }
const ana = { id: 2, email: 'ana@demo.test', displayName: 'Ana Analyst', roles: ['ANALYST'], enabled: true }

beforeEach(() => {
  setActivePinia(createPinia())
  vi.resetAllMocks()
})

describe('the accounts store', () => {
  it('lists the accounts, adds a new one and replaces a changed one in place', async () => {
    api.listAccounts.mockResolvedValue([olga])
    api.createAccount.mockResolvedValue(ana)
    api.updateAccount.mockResolvedValue({ ...olga, enabled: false })
    const accounts = useAccountsStore()

    await accounts.load()
    await accounts.create({
      email: 'ana@demo.test',
      displayName: 'Ana Analyst',
      password: 'long enough',
      roles: ['ANALYST'],
    })
    const changed = await accounts.update(1, { enabled: false })

    expect(api.updateAccount).toHaveBeenCalledWith(1, { enabled: false })
    expect(changed.enabled).toBe(false)
    expect(accounts.accounts.map((a) => [a.displayName, a.enabled])).toEqual([
      ['Olga Organiser', false],
      ['Ana Analyst', true],
    ])
  })

  it('keeps the list as it was when a change is refused', async () => {
    api.listAccounts.mockResolvedValue([olga])
    api.updateAccount.mockRejectedValue(new Error('409'))
    const accounts = useAccountsStore()
    await accounts.load()

    await expect(accounts.update(1, { roles: [] })).rejects.toThrow('409')
    expect(accounts.accounts).toEqual([olga])
  })
})
