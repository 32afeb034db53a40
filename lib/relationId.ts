/** The id in a relationship value, whether Payload returned it populated (an object) or as the bare id. */
export function relationId(ref: number | { id: number } | null | undefined): number | null {
  return ref == null ? null : typeof ref === 'object' ? ref.id : ref
}

/** The same for a value of unknown shape: a field of a collection known only at run time. */
export function anyRelationId(value: unknown): number | null {
  if (typeof value === 'number') return value
  if (value && typeof value === 'object' && 'id' in value && typeof value.id === 'number') return value.id
  return null
}
