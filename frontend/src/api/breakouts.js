// Breakout groups: the current allocation of a workshop's delegates, a new one, and moving one delegate.
import { get, post, put } from './client.js'

const base = (workshopId) => `/api/workshops/${encodeURIComponent(workshopId)}/breakouts`

/** The current allocation, or null when there is none yet (404). */
export async function currentAllocation(workshopId) {
  try {
    const { data } = await get(base(workshopId))
    return data
  } catch (e) {
    if (e.status === 404) return null
    throw e
  }
}

/** One of {groups} or {size}; seed is optional. */
export async function allocate(workshopId, { groups, size, seed }) {
  const body = groups ? { groups } : { size }
  if (seed !== undefined && seed !== null && seed !== '') body.seed = seed
  const { data } = await post(base(workshopId), body)
  return data
}

/** Answers the allocation with the delegate in the group and the score recomputed. */
export async function moveDelegate(workshopId, allocationId, delegateId, group) {
  const path = `${base(workshopId)}/${encodeURIComponent(allocationId)}/delegates/${encodeURIComponent(delegateId)}`
  const { data } = await put(path, { group })
  return data
}
