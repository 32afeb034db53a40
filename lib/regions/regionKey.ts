// A document's regions as one sortable key ("3,5"), so "every region of this document is one of
// mine" becomes an indexed `regionKey in [...]` query that Payload can evaluate in access control.

export type RegionRef = number | string | { id: number | string } | null | undefined

export function regionIds(refs: readonly RegionRef[] | null | undefined): number[] {
  const ids = (refs ?? [])
    .map((ref) => (ref && typeof ref === 'object' ? ref.id : ref))
    .filter((id): id is number | string => id !== null && id !== undefined && id !== '')
    .map(Number)
    .filter(Number.isFinite)
  return [...new Set(ids)].sort((a, b) => a - b)
}

/** "" for coalition-wide content (no regions). */
export function regionKey(refs: readonly RegionRef[] | null | undefined): string {
  return regionIds(refs).join(',')
}

/** Keys of every non-empty subset of the given regions: the documents wholly inside them. */
export function subsetKeys(refs: readonly RegionRef[] | null | undefined): string[] {
  const ids = regionIds(refs)
  // Staff belong to a handful of regions; cap the fan-out so a misconfigured account cannot explode it.
  if (ids.length > 10) throw new Error('A staff account can be scoped to at most 10 regions.')
  const keys: string[] = []
  for (let mask = 1; mask < 1 << ids.length; mask++) {
    keys.push(ids.filter((_, index) => mask & (1 << index)).join(','))
  }
  return keys
}

export function isWithin(refs: readonly RegionRef[] | null | undefined, allowed: readonly RegionRef[] | null | undefined) {
  const mine = new Set(regionIds(allowed))
  const ids = regionIds(refs)
  return ids.length > 0 && ids.every((id) => mine.has(id))
}
