import { describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import { ApiError } from '../api/client.js'
import { useAction } from './useAction.js'

describe('useAction', () => {
  it('is busy with what it runs until it is done, and answers true', async () => {
    const { busy, busyWith, error, run } = useAction()
    let release
    const running = run(() => new Promise((resolve) => (release = resolve)), { what: 7 })
    expect(busy.value).toBe(true)
    expect(busyWith.value).toBe(7)
    release()
    expect(await running).toBe(true)
    expect(busy.value).toBe(false)
    expect(error.value).toBe('')
  })

  it('keeps the failure in words and clears it on the next run', async () => {
    const { busy, error, run } = useAction()
    const refused = new ApiError({ status: 409, detail: 'The round is closed.' })
    expect(await run(() => Promise.reject(refused))).toBe(false)
    expect(error.value).toBe('The round is closed.')
    expect(busy.value).toBe(false)
    await run(async () => {})
    expect(error.value).toBe('')
  })

  it('lets the caller choose the words for a failure', async () => {
    const { error, run } = useAction()
    await run(() => Promise.reject(new ApiError({ status: 404 })), {
      describe: (e) => (e.status === 404 ? 'Gone.' : ''),
    })
    expect(error.value).toBe('Gone.')
  })

  it('hands the failure on when it calls for more than words (a 409 reloads)', async () => {
    const { run } = useAction()
    const reload = vi.fn()
    const stale = new ApiError({ status: 409, detail: 'Someone else changed it.' })
    await run(() => Promise.reject(stale), { afterFailure: (e) => e.status === 409 && reload() })
    expect(reload).toHaveBeenCalledOnce()
  })
})

describe('actions sharing one alert', () => {
  it('show the last failure of any of them and clear it when one starts again', async () => {
    const alert = ref('')
    const hiding = useAction({ error: alert })
    const sending = useAction({ error: alert })
    await hiding.run(() => Promise.reject(new ApiError({ status: 409, detail: 'The note was merged.' })))
    expect(alert.value).toBe('The note was merged.')
    await sending.run(async () => {})
    expect(alert.value).toBe('')
  })
})
