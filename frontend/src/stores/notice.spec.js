import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useNoticeStore } from './notice.js'

beforeEach(() => setActivePinia(createPinia()))

describe('the notice store', () => {
  it('shows a notice on the page the app goes to next, and clears it when the person moves on', () => {
    const notice = useNoticeStore()
    notice.show('Workshop deleted.', 'success')

    notice.navigated()
    expect(notice.message).toBe('Workshop deleted.')
    expect(notice.kind).toBe('success')

    notice.navigated()
    expect(notice.message).toBe('')
  })
})
