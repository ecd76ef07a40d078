import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'

vi.mock('../api/staff.js', () => ({ listStaff: vi.fn() }))

const api = await import('../api/staff.js')
const { FACILITATOR_ROLES, useStaffStore } = await import('./staff.js')

beforeEach(() => {
  setActivePinia(createPinia())
  vi.resetAllMocks()
})

describe('the staff store', () => {
  it('asks once for everyone who may facilitate and lists them by name', async () => {
    api.listStaff.mockResolvedValue([
      { id: 2, displayName: 'Zoe' },
      { id: 1, displayName: 'Ana' },
    ])
    const staff = useStaffStore()

    const [first, second] = await Promise.all([staff.loadFacilitators(), staff.loadFacilitators()])
    await staff.loadFacilitators()

    expect(api.listStaff).toHaveBeenCalledOnce()
    expect(api.listStaff).toHaveBeenCalledWith(FACILITATOR_ROLES)
    expect(first).toBe(second)
    expect(staff.facilitators.map((s) => s.displayName)).toEqual(['Ana', 'Zoe'])
  })

  it('asks again when forced', async () => {
    api.listStaff
      .mockResolvedValueOnce([{ id: 1, displayName: 'Ana' }])
      .mockResolvedValueOnce([{ id: 3, displayName: 'Bo' }])
    const staff = useStaffStore()
    await staff.loadFacilitators()
    await staff.loadFacilitators({ force: true })
    expect(staff.facilitators.map((s) => s.displayName)).toEqual(['Bo'])
  })
})
