import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'

vi.mock('../api/themes.js', () => ({ listThemes: vi.fn() }))

const api = await import('../api/themes.js')
const { ApiError } = await import('../api/client.js')
const { useThemesStore } = await import('./themes.js')

const darkWeb = { slug: 'dark-web', name: 'The dark web' }

beforeEach(() => {
  setActivePinia(createPinia())
  vi.resetAllMocks()
})

describe('the themes store', () => {
  it('loads the six themes once however often it is asked, and names a theme by its slug', async () => {
    api.listThemes.mockResolvedValue([darkWeb])
    const themes = useThemesStore()

    await Promise.all([themes.load(), themes.load()])
    await themes.load()

    expect(api.listThemes).toHaveBeenCalledOnce()
    expect(themes.nameFor('dark-web')).toBe('The dark web')
    expect(themes.nameFor('unknown-theme')).toBe('unknown-theme')
  })

  it('says in words why the themes could not be loaded, and tries again next time', async () => {
    api.listThemes.mockRejectedValueOnce(new ApiError({ status: 503 })).mockResolvedValueOnce([darkWeb])
    const themes = useThemesStore()

    expect(await themes.load()).toEqual([])
    expect(themes.error).toBe('The server had a problem. Please try again later.')
    await themes.load()
    expect(themes.error).toBe('')
    expect(themes.themes).toEqual([darkWeb])
  })
})
