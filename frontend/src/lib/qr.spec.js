import { describe, expect, it } from 'vitest'
import { qrDataUrl } from './qr.js'

describe('qrDataUrl', () => {
  it('draws the text as an SVG data URL for an <img>', async () => {
    const url = await qrDataUrl('workshop-hub:delegate:42')
    expect(url.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true)
    const svg = decodeURIComponent(url.slice(url.indexOf(',') + 1))
    expect(svg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/)
    expect(svg).not.toMatch(/<script/i)
  })
})
