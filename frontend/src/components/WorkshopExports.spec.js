import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'

vi.mock('../api/exports.js', () => ({
  fetchWorkshopExport: vi.fn(),
  fetchProject: vi.fn(),
  fetchCodebook: vi.fn(),
}))
vi.mock('../lib/download.js', () => ({ saveBlob: vi.fn() }))

const api = await import('../api/exports.js')
const { saveBlob } = await import('../lib/download.js')
const { ApiError } = await import('../api/client.js')
const { saveSession } = await import('../lib/storedSessions.js')
const WorkshopExports = (await import('./WorkshopExports.vue')).default

function signInAs(...roles) {
  saveSession({
    token: 't',
    expiresAt: new Date(Date.now() + 3600_000).toISOString(),
    user: { id: 1, displayName: 'Someone', roles },
  })
}

function mountExports() {
  return mount(WorkshopExports, { props: { workshopId: 4 }, attachTo: document.body })
}

const button = (wrapper, name) => wrapper.findAll('button').find((b) => b.text() === name)

beforeEach(() => {
  localStorage.clear()
  setActivePinia(createPinia())
  vi.resetAllMocks()
})
afterEach(() => {
  document.body.innerHTML = ''
})

describe('WorkshopExports', () => {
  it('offers the three downloads and says what is left out for staff who are not admins', () => {
    signInAs('ANALYST')
    const wrapper = mountExports()
    expect(wrapper.find('h2').text()).toBe('Exports')
    for (const name of ['Data (JSON)', 'Data (CSV, zip)', 'REFI-QDA project (.qdpx)']) {
      expect(button(wrapper, name), name).toBeDefined()
    }
    expect(wrapper.text()).toContain('sensitive notes are left out')
    expect(wrapper.text()).toContain('Admins get the full record.')
    wrapper.unmount()
  })

  it('tells an admin they get the full record', () => {
    signInAs('ADMIN')
    const wrapper = mountExports()
    expect(wrapper.text()).toContain('As an admin you get the full record')
    expect(wrapper.text()).not.toContain('Admins get the full record.')
    wrapper.unmount()
  })

  it('shows the progress of the project download, then saves it', async () => {
    signInAs('ORGANISER')
    let finish
    let progress
    api.fetchProject.mockImplementation(
      (id, { onProgress }) =>
        new Promise((resolve) => {
          progress = onProgress
          finish = resolve
        }),
    )
    const wrapper = mountExports()
    const project = button(wrapper, 'REFI-QDA project (.qdpx)')

    await project.trigger('click')
    expect(api.fetchProject).toHaveBeenCalledWith(4, expect.any(Object))
    expect(project.attributes('disabled')).toBeDefined()
    expect(wrapper.text()).toContain('Preparing…')
    expect(wrapper.find('progress').exists()).toBe(true)
    expect(wrapper.find('progress').attributes('value')).toBeUndefined() // size unknown yet

    progress({ loaded: 300, total: 1200 })
    await flushPromises()
    expect(wrapper.text()).toContain('Downloading… 25%')
    expect(Number(wrapper.find('progress').attributes('value'))).toBeCloseTo(0.25)

    const blob = new Blob(['PK'])
    finish({ blob, filename: 'workshop-4-riots.qdpx' })
    await flushPromises()
    expect(saveBlob).toHaveBeenCalledWith(blob, 'workshop-4-riots.qdpx')
    expect(wrapper.text()).toContain('Downloaded workshop-4-riots.qdpx.')
    expect(wrapper.find('progress').exists()).toBe(false)
    expect(project.attributes('disabled')).toBeUndefined()
    wrapper.unmount()
  })

  it('asks for JSON and for the CSV zip separately', async () => {
    signInAs('FACILITATOR')
    api.fetchWorkshopExport.mockResolvedValue({ blob: new Blob(['x']), filename: 'w' })
    const wrapper = mountExports()
    await button(wrapper, 'Data (JSON)').trigger('click')
    await button(wrapper, 'Data (CSV, zip)').trigger('click')
    await flushPromises()
    expect(api.fetchWorkshopExport.mock.calls.map((c) => c.slice(0, 2))).toEqual([
      [4, 'json'],
      [4, 'csv'],
    ])
    wrapper.unmount()
  })

  it('says in an alert why a download failed', async () => {
    signInAs('ORGANISER')
    api.fetchWorkshopExport.mockRejectedValue(
      new ApiError({ status: 404, title: 'Not Found', detail: 'There is no workshop 4.' }),
    )
    const wrapper = mountExports()
    await button(wrapper, 'Data (CSV, zip)').trigger('click')
    await flushPromises()
    const alert = wrapper.find('[role="alert"]')
    expect(alert.text()).toBe('Data (CSV, zip): There is no workshop 4.')
    expect(saveBlob).not.toHaveBeenCalled()
    wrapper.unmount()
  })
})
