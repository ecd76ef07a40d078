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
