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
 * The file name a Content-Disposition header gives (filename*=UTF-8''… first, then filename="…"),
 * reduced to a plain name, or the fallback.
 */
export function fileNameFrom(disposition, fallback) {
  if (!disposition) return fallback
  const encoded = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition)
  let name = null
  if (encoded) {
    try {
      name = decodeURIComponent(encoded[1].trim())
    } catch {
      name = null
    }
  }
  name ??= /filename\s*=\s*"([^"]*)"/.exec(disposition)?.[1] ?? /filename\s*=\s*([^;\s]+)/.exec(disposition)?.[1]
  // never a path: only the last part, without characters file systems refuse
  const last = name?.split(/[\\/]/).pop() ?? ''
  const plain = [...last]
    .filter((c) => c.charCodeAt(0) >= 0x20 && !'<>:"|?*'.includes(c))
    .join('')
    .trim()
  return plain || fallback
}
