// QR codes as data: URL images: the CSP allows img-src data:, and an <img> needs no inline markup.
import QRCode from 'qrcode'

/** An SVG QR code for text, as a data: URL for <img src>. */
export async function qrDataUrl(text, { margin = 2, errorCorrectionLevel = 'M' } = {}) {
  const svg = await QRCode.toString(String(text), {
    type: 'svg',
    margin,
    errorCorrectionLevel,
    color: { dark: '#000000', light: '#ffffff' },
  })
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
}
