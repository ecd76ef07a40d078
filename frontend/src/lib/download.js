// Saving a file the app fetched (with the bearer token) or made: Blob → object URL → <a download>.
export function saveBlob(blob, filename) {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  link.rel = 'noopener'
  link.hidden = true
  document.body.appendChild(link)
  link.click()
  link.remove()
  // Give the browser a moment to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 30_000)
}

export function saveText(text, filename, type = 'text/plain') {
  saveBlob(new Blob([text], { type: `${type};charset=utf-8` }), filename)
}

/**
 * The file name a Content-Disposition header gives (filename*=UTF-8''… or filename="…"), without any
 * folder in it; the fallback when there is none.
 */
export function filenameFrom(contentDisposition, fallback) {
  const header = contentDisposition ?? ''
  let name = null
  const encoded = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header)
  if (encoded) {
    try {
      name = decodeURIComponent(encoded[1].trim())
    } catch {
      name = null
    }
  }
  if (!name) {
    const plain = /filename\s*=\s*(?:"([^"]*)"|([^;]+))/i.exec(header)
    name = plain ? (plain[1] ?? plain[2]).trim() : null
  }
  const base = name?.split(/[\\/]/).pop()
  return base && base !== '.' && base !== '..' ? base : fallback
}
