import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'

vi.mock('../api/reports.js', () => ({ fetchReportHtml: vi.fn(), fetchReportFile: vi.fn() }))
const api = await import('../api/reports.js')
const { useReportStore } = await import('./report.js')

beforeEach(() => {
  setActivePinia(createPinia())
  vi.resetAllMocks()
})

describe('report store', () => {
  it('keeps the preview of the workshop asked for last', async () => {
    let answerFirst
    api.fetchReportHtml.mockImplementationOnce(() => new Promise((resolve) => (answerFirst = resolve)))
    api.fetchReportHtml.mockResolvedValueOnce('<p>workshop 8</p>')
    const report = useReportStore()

    const first = report.loadPreview(7)
    await report.loadPreview(8)
    answerFirst('<p>workshop 7</p>')
    await first

    expect(report.workshopId).toBe(8)
    expect(report.html).toBe('<p>workshop 8</p>')
  })

  it('forgets the preview of another workshop as soon as a new one is asked for', async () => {
    api.fetchReportHtml.mockResolvedValueOnce('<p>7</p>').mockRejectedValueOnce(new Error('offline'))
    const report = useReportStore()
    await report.loadPreview(7)
    await expect(report.loadPreview(9)).rejects.toThrow('offline')
    expect(report.html).toBeNull()
  })

  it('hands over a file with the name the server gave', async () => {
    const blob = new Blob(['%PDF'])
    api.fetchReportFile.mockResolvedValue({ blob, fileName: 'rumours-report.pdf' })
    await expect(useReportStore().file(7, 'pdf')).resolves.toEqual({ blob, fileName: 'rumours-report.pdf' })
    expect(api.fetchReportFile).toHaveBeenCalledWith(7, 'pdf')
  })
})
