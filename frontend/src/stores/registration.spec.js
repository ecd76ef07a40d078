import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'

vi.mock('../api/registrations.js', () => ({
  fetchNotice: vi.fn(),
  register: vi.fn(),
  lookUpRegistration: vi.fn(),
  confirmRegistration: vi.fn(),
  declineRegistration: vi.fn(),
  cancelRegistration: vi.fn(),
}))

const api = await import('../api/registrations.js')
const { useRegistrationStore } = await import('./registration.js')

const workshop = { id: 5, title: 'Trolling and public order' }

beforeEach(() => {
  setActivePinia(createPinia())
  vi.resetAllMocks()
})

describe('the registration store', () => {
  it('asks for the notice with the join code as printed, whatever was typed around it', async () => {
    api.fetchNotice.mockResolvedValue({ workshop, notice: { version: 2, text: 'We keep your notes…' } })
    const registration = useRegistrationStore()

    await registration.loadNotice('  k7px2m ')

    expect(api.fetchNotice).toHaveBeenCalledWith('K7PX2M')
    expect(registration.notice.workshop.title).toBe('Trolling and public order')
  })

  it('shows what a personal link answers after confirming, and forgets it (never the key) on request', async () => {
    api.confirmRegistration.mockResolvedValue({ delegate: { id: 9, status: 'REGISTERED' }, workshop })
    const registration = useRegistrationStore()

    await registration.confirm('secret-key')

    expect(api.confirmRegistration).toHaveBeenCalledWith('secret-key')
    expect(registration.personal.delegate.status).toBe('REGISTERED')
    expect(JSON.stringify(registration.$state)).not.toContain('secret-key')
    registration.forget()
    expect(registration.personal).toBeNull()
  })
})
