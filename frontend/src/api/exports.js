// Exports for researchers: a workshop's record (JSON, or CSV files in a ZIP), the workshop as a REFI-QDA
// project (.qdpx) and the codebook (.qdc). Each answers {blob, filename}; onProgress({loaded, total})
// follows the download.
import { request } from './client.js'
import { filenameFrom } from '../lib/download.js'

const workshop = (id) => `/api/workshops/${encodeURIComponent(id)}`

async function file(path, { query, accept, fallback, onProgress }) {
  const { data, headers } = await request('GET', path, {
    query,
    headers: { Accept: `${accept}, application/problem+json` },
    responseType: 'blob',
    onProgress,
  })
  return { blob: data, filename: filenameFrom(headers.get('Content-Disposition'), fallback) }
}

/** format: 'json' or 'csv' (a ZIP of CSV files). */
export function fetchWorkshopExport(workshopId, format, { onProgress } = {}) {
  const zip = format === 'csv'
  return file(`${workshop(workshopId)}/export`, {
    query: { format },
    accept: zip ? 'application/zip' : 'application/json',
    fallback: `workshop-${workshopId}-export.${zip ? 'zip' : 'json'}`,
    onProgress,
  })
}

export function fetchProject(workshopId, { onProgress } = {}) {
  return file(`${workshop(workshopId)}/project.qdpx`, {
    accept: 'application/zip',
    fallback: `workshop-${workshopId}.qdpx`,
    onProgress,
  })
}

export function fetchCodebook({ onProgress } = {}) {
  return file('/api/codebook.qdc', {
    accept: 'application/xml',
    fallback: 'workshop-hub-codebook.qdc',
    onProgress,
  })
}
