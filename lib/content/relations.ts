import type { Local, Region } from '@/payload-types'

import type { LocalTag, RegionTag } from './types'

/** Populate only what badges show; keeps depth-1 reads small. */
export const regionSelect = { name: true, code: true } as const
export const localSelect = { shortName: true } as const

export function toRegionTags(refs: Array<number | Region> | null | undefined): RegionTag[] {
  return (refs ?? []).flatMap((ref) => (typeof ref === 'object' ? [{ code: ref.code, name: ref.name }] : []))
}

export function toLocalTags(refs: Array<number | Local> | null | undefined): LocalTag[] {
  return (refs ?? []).flatMap((ref) => (typeof ref === 'object' ? [{ id: ref.id, shortName: ref.shortName }] : []))
}
