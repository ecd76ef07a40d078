import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'

vi.mock('../api/registrations.js', () => ({
  fetchNotice: vi.fn(),
  register: vi.fn(),
  lookUpRegistration: vi.fn(),
  confirmRegistration: vi.fn(),
  declineRegistration: vi.fn(),
  cancelRegistration: vi.fn(),
  acceptNotice: vi.fn(),
  exportMyData: vi.fn(),
  eraseMyData: vi.fn(),
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

  it('accepts a new version of the notice and shows the answer', async () => {
    api.acceptNotice.mockResolvedValue({ delegate: { id: 9 }, workshop, consentRequired: false, consents: [] })
    const registration = useRegistrationStore()

    await registration.acceptNotice('secret-key', 3)

    expect(api.acceptNotice).toHaveBeenCalledWith('secret-key', 3)
    expect(registration.personal.consentRequired).toBe(false)
  })

  it('drops everything the link showed once the data is erased, and keeps only the answer', async () => {
    api.lookUpRegistration.mockResolvedValue({ delegate: { id: 9, name: 'Ana Costa' }, workshop })
    api.eraseMyData.mockResolvedValue({ delegateId: 9, erasedAt: '2027-03-10T10:00:00Z', message: 'Erased.' })
    const registration = useRegistrationStore()
    await registration.lookUp('secret-key')

    await registration.erase('secret-key')

    expect(api.eraseMyData).toHaveBeenCalledWith('secret-key')
    expect(registration.personal).toBeNull()
    expect(registration.erased.message).toBe('Erased.')
    expect(JSON.stringify(registration.$state)).not.toContain('Ana Costa')
    expect(JSON.stringify(registration.$state)).not.toContain('secret-key')
  })
})
