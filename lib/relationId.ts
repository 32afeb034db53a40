/** The id in a relationship value, whether Payload returned it populated (an object) or as the bare id. */
export function relationId(ref: number | { id: number } | null | undefined): number | null {
  return ref == null ? null : typeof ref === 'object' ? ref.id : ref
}
