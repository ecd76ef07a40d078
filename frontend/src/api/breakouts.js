// Breakout groups: the current allocation of a workshop's delegates, a new one, and moving one delegate.
import { get, post, put } from './client.js'

const base = (workshopId) => `/api/workshops/${encodeURIComponent(workshopId)}/breakouts`

/**
 * The current allocation, or null when nothing has been allocated yet: the server answers 204 No
 * Content then (a 404 means there is no such workshop, and is an error).
 */
export async function currentAllocation(workshopId) {
  const { data, status } = await get(base(workshopId))
  return status === 204 || !data ? null : data
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
