// The workshop report (staff only): the HTML for the preview, or any format as a file to save. The API
// needs the bearer token, so neither can be a plain link or an iframe's src.
import { request } from './client.js'
import { filenameFrom } from '../lib/download.js'

/** What each format is asked for with (the API also takes ?format=, which wins). */
export const REPORT_FORMATS = { html: 'text/html', md: 'text/markdown', pdf: 'application/pdf' }

const path = (workshopId) => `/api/workshops/${encodeURIComponent(workshopId)}/report`

/** The report as HTML text, for a preview in a sandboxed iframe (srcdoc). */
export async function fetchReportHtml(workshopId) {
  const { data } = await request('GET', path(workshopId), {
    query: { format: 'html' },
    headers: { Accept: `${REPORT_FORMATS.html}, application/problem+json` },
  })
  return data ?? ''
}

/** The report as a file: {blob, fileName}, the name being the one the server gives (from the title). */
export async function fetchReportFile(workshopId, format) {
  const { data, headers } = await request('GET', path(workshopId), {
    query: { format },
    headers: { Accept: `${REPORT_FORMATS[format]}, application/problem+json` },
    responseType: 'blob',
  })
  return {
    blob: data,
    fileName: filenameFrom(headers.get('Content-Disposition'), `workshop-${workshopId}-report.${format}`),
  }
}
