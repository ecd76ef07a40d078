import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { ApiError } from '../api/client.js'

vi.mock('../api/reports.js', () => ({ fetchReportHtml: vi.fn(), fetchReportFile: vi.fn() }))
vi.mock('../api/workshops.js', () => ({ getWorkshop: vi.fn() }))
vi.mock('../lib/download.js', () => ({ saveBlob: vi.fn() }))

const reportsApi = await import('../api/reports.js')
const workshopsApi = await import('../api/workshops.js')
const { saveBlob } = await import('../lib/download.js')
const { saveSession } = await import('../lib/storedSessions.js')
const ReportPage = (await import('./ReportPage.vue')).default

const workshop = {
  id: 7,
  title: 'Rumours in a crisis',
  status: 'CLOSED',
  timeZone: 'Europe/Brussels',
  startsAt: '2027-03-10T09:00:00+01:00',
  endsAt: '2027-03-10T17:00:00+01:00',
}
const HTML =
  '<!DOCTYPE html><html><body><h1>Rumours in a crisis</h1><p>&lt;img src=x onerror=alert(1)&gt;</p></body></html>'

let wrapper
async function open() {
  saveSession({
    token: 't',
    expiresAt: new Date(Date.now() + 3600_000).toISOString(),
    user: { id: 2, displayName: 'Ana', roles: ['ANALYST'] },
  })
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:any(.*)*', component: { template: '<p>page</p>' } }],
  })
  await router.push('/workshops/7/report')
  wrapper = mount(ReportPage, { props: { id: '7' }, global: { plugins: [router] }, attachTo: document.body })
  await flushPromises()
}
const button = (name) => wrapper.findAll('button').find((b) => b.text() === name)

beforeEach(() => {
  localStorage.clear()
  setActivePinia(createPinia())
  vi.resetAllMocks()
  workshopsApi.getWorkshop.mockResolvedValue({ workshop, etag: '"1"' })
  reportsApi.fetchReportHtml.mockResolvedValue(HTML)
})

afterEach(() => {
  wrapper.unmount()
  document.body.innerHTML = ''
})

describe('the report page', () => {
  it('previews the report in a frame that runs nothing and reaches nothing', async () => {
    await open()
    expect(reportsApi.fetchReportHtml).toHaveBeenCalledWith('7')
    const frame = wrapper.find('iframe')
    expect(frame.attributes('title')).toBe('Report preview')
    // an empty sandbox: no scripts, no same origin, no forms, no pop-ups
    expect(frame.attributes('sandbox')).toBe('')
    expect(frame.attributes('src')).toBeUndefined()
    expect(frame.element.getAttribute('srcdoc')).toBe(HTML)
    expect(wrapper.find('h1').text()).toBe('Report')
    expect(wrapper.text()).toContain('Rumours in a crisis')
  })

  it('says the preview is being prepared, and why it failed, with a way to try again', async () => {
    let answer
    reportsApi.fetchReportHtml.mockImplementationOnce(() => new Promise((resolve, reject) => (answer = reject)))
    await open()
    expect(wrapper.find('.report-preview-status').text()).toBe('Preparing the preview…')
    expect(wrapper.find('iframe').exists()).toBe(false)

    answer(new ApiError({ status: 503, detail: 'The server had a problem.' }))
    await flushPromises()
    expect(wrapper.find('[role="alert"].form-error').text()).toBe(
      'The preview could not be loaded: The server had a problem.',
    )
    await button('Try again').trigger('click')
    await flushPromises()
    expect(wrapper.find('iframe').element.getAttribute('srcdoc')).toBe(HTML)
    expect(wrapper.text()).not.toContain('could not be loaded')
  })

  it('downloads each format under the name the server gives, showing which one is being prepared', async () => {
    await open()
    expect(wrapper.findAll('.report-downloads button').map((b) => b.text())).toEqual([
      'Download PDF',
      'Download HTML',
      'Download Markdown',
    ])
    const blob = new Blob(['%PDF-1.7'])
    let finish
    reportsApi.fetchReportFile.mockImplementationOnce(
      () => new Promise((resolve) => (finish = () => resolve({ blob, fileName: 'rumours-in-a-crisis-report.pdf' }))),
    )
    await button('Download PDF').trigger('click')
    await flushPromises()
    expect(reportsApi.fetchReportFile).toHaveBeenCalledWith('7', 'pdf')
    expect(button('Preparing PDF…').exists()).toBe(true)
    expect(wrapper.findAll('.report-downloads button').every((b) => b.element.disabled)).toBe(true)
    expect(wrapper.text()).toContain('Preparing the PDF file.')

    finish()
    await flushPromises()
    expect(saveBlob).toHaveBeenCalledWith(blob, 'rumours-in-a-crisis-report.pdf')
    expect(wrapper.text()).toContain('Downloaded rumours-in-a-crisis-report.pdf.')
    expect(button('Download PDF').element.disabled).toBe(false)
  })

  it('says why a download failed and lets the person try again', async () => {
    await open()
    reportsApi.fetchReportFile.mockRejectedValueOnce(new ApiError({ status: 0, detail: 'Cannot reach the server.' }))
    await button('Download Markdown').trigger('click')
    await flushPromises()
    expect(wrapper.find('[role="alert"] .form-error').text()).toBe(
      'The report could not be downloaded: Cannot reach the server.',
    )
    expect(saveBlob).not.toHaveBeenCalled()

    reportsApi.fetchReportFile.mockResolvedValueOnce({ blob: new Blob(['# R']), fileName: 'r-report.md' })
    await button('Download Markdown').trigger('click')
    await flushPromises()
    expect(wrapper.find('[role="alert"] .form-error').exists()).toBe(false)
    expect(saveBlob).toHaveBeenCalledWith(expect.any(Blob), 'r-report.md')
  })
})
