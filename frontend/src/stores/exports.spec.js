import { beforeEach, describe, expect, it, vi } from 'vitest'
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
const { exportKeys, useExportsStore } = await import('./exports.js')

/** A fetcher that waits until the test lets it finish, reporting progress meanwhile. */
function held() {
  let finish
  let fail
  let progress
  const fetcher = vi.fn(
    (...args) =>
      new Promise((resolve, reject) => {
        progress = args.at(-1).onProgress
        finish = resolve
        fail = reject
      }),
  )
  return { fetcher, finish: (v) => finish(v), fail: (e) => fail(e), progress: (p) => progress(p) }
}

beforeEach(() => {
  setActivePinia(createPinia())
  vi.resetAllMocks()
})

describe('exports store', () => {
  it('follows a download from preparing to saved, under the file name the server gave', async () => {
    const call = held()
    api.fetchProject.mockImplementation(call.fetcher)
    const store = useExportsStore()
    const key = exportKeys.project(7)

    const done = store.project(7)
    expect(api.fetchProject).toHaveBeenCalledWith(7, expect.objectContaining({ onProgress: expect.any(Function) }))
    expect(store.state(key)).toMatchObject({ status: 'loading', loaded: 0 })

    call.progress({ loaded: 512, total: 2048 })
    expect(store.state(key)).toMatchObject({ status: 'loading', loaded: 512, total: 2048 })

    const blob = new Blob(['PK'])
    call.finish({ blob, filename: 'workshop-7-riots.qdpx' })
    expect(await done).toBe(true)
    expect(saveBlob).toHaveBeenCalledWith(blob, 'workshop-7-riots.qdpx')
    expect(store.state(key)).toMatchObject({ status: 'done', filename: 'workshop-7-riots.qdpx' })
  })

  it('does not start the same download twice while it runs', async () => {
    const call = held()
    api.fetchWorkshopExport.mockImplementation(call.fetcher)
    const store = useExportsStore()

    const first = store.workshopData(3, 'csv')
    expect(await store.workshopData(3, 'csv')).toBe(false)
    expect(api.fetchWorkshopExport).toHaveBeenCalledTimes(1)
    expect(api.fetchWorkshopExport).toHaveBeenCalledWith(3, 'csv', expect.any(Object))
    // another format of the same workshop is another download
    api.fetchWorkshopExport.mockResolvedValueOnce({ blob: new Blob(['{}']), filename: 'w.json' })
    expect(await store.workshopData(3, 'json')).toBe(true)

    call.finish({ blob: new Blob(['PK']), filename: 'w.zip' })
    expect(await first).toBe(true)
  })

  it('says why a download failed, and can be tried again', async () => {
    api.fetchCodebook.mockRejectedValueOnce(
      new ApiError({ status: 403, detail: 'The token\u2019s role may not do this.' }),
    )
    const store = useExportsStore()
    expect(await store.codebook()).toBe(false)
    expect(store.state(exportKeys.codebook())).toMatchObject({
      status: 'error',
      error: 'The token\u2019s role may not do this.',
    })
    expect(saveBlob).not.toHaveBeenCalled()

    api.fetchCodebook.mockResolvedValueOnce({ blob: new Blob(['<CodeBook/>']), filename: 'c.qdc' })
    expect(await store.codebook()).toBe(true)
    expect(store.state(exportKeys.codebook()).status).toBe('done')
  })

  it('is idle for a download never started', () => {
    expect(useExportsStore().state(exportKeys.workshop(1, 'json'))).toMatchObject({ status: 'idle' })
  })
})
