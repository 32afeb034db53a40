import { type DocumentNode, type FragmentDefinitionNode, Kind, type SelectionSetNode } from 'graphql'

import { MAX_ALIASES, MAX_DEPTH, MAX_FIELDS, MAX_ROOT_FIELDS } from './limits'
import { count, type LimitViolation } from './violation'

/** What one selection set adds up to once its fragments are spread out. */
type Shape = { depth: number; topFields: number; aliases: number; fields: number }

class FragmentCycle extends Error {
  constructor(readonly fragment: string) {
    super(`Fragment "${fragment}" spreads itself`)
  }
}

// A field that is one-to-one and never multiplies: introspection's wrapped types (NON_NULL of LIST of …).
const FLAT_FIELDS = new Set(['ofType'])

/**
 * Measures every operation of a parsed query without the schema, in time linear in the query's size:
 * each fragment is measured once (a fragment spread twice in each of 30 nested fragments would be
 * 2^30 walks otherwise) and a fragment that spreads itself is reported instead of followed forever.
 */
export function findShapeViolation(document: DocumentNode): LimitViolation | undefined {
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition)
  }
  const measured = new Map<string, Shape>()
  const inProgress = new Set<string>()

  const measure = (set: SelectionSetNode): Shape => {
    const shape: Shape = { depth: 0, topFields: 0, aliases: 0, fields: 0 }
    const add = (inner: Shape, levels: number) => {
      shape.depth = Math.max(shape.depth, inner.depth + levels)
      shape.aliases += inner.aliases
      shape.fields += inner.fields
    }
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        shape.topFields += 1
        shape.fields += 1
        if (selection.alias) shape.aliases += 1
        if (selection.selectionSet) add(measure(selection.selectionSet), FLAT_FIELDS.has(selection.name.value) ? 0 : 1)
        else shape.depth = Math.max(shape.depth, 1)
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const inner = measure(selection.selectionSet)
        add(inner, 0)
        shape.topFields += inner.topFields
      } else {
        const inner = spread(selection.name.value)
        if (!inner) continue
        add(inner, 0)
        shape.topFields += inner.topFields
      }
    }
    return shape
  }

  const spread = (name: string): Shape | undefined => {
    const known = measured.get(name)
    if (known) return known
    const fragment = fragments.get(name)
    // An unknown fragment is graphql's own validation error; nothing to measure here.
    if (!fragment) return undefined
    if (inProgress.has(name)) throw new FragmentCycle(name)
    inProgress.add(name)
    const shape = measure(fragment.selectionSet)
    inProgress.delete(name)
    measured.set(name, shape)
    return shape
  }

  try {
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION) continue
      const violation = judge(measure(definition.selectionSet))
      if (violation) return violation
    }
    // Fragments no operation uses are an error anyway, but must not hide a cycle from this check.
    for (const name of fragments.keys()) spread(name)
  } catch (error) {
    if (error instanceof FragmentCycle) {
      return { code: 'FRAGMENT_CYCLE', message: `Fragment "${error.fragment}" spreads itself (directly or through other fragments); fragments must not form cycles.` }
    }
    throw error
  }
  return undefined
}

function judge(shape: Shape): LimitViolation | undefined {
  if (shape.depth > MAX_DEPTH) {
    return { code: 'DEPTH_LIMIT', message: `The query is ${count(shape.depth, MAX_DEPTH)} levels deep; the depth limit is ${MAX_DEPTH}.` }
  }
  if (shape.topFields > MAX_ROOT_FIELDS) {
    return { code: 'ROOT_FIELD_LIMIT', message: `The operation asks for ${count(shape.topFields, MAX_ROOT_FIELDS)} top-level fields; the limit is ${MAX_ROOT_FIELDS} per request.` }
  }
  if (shape.aliases > MAX_ALIASES) {
    return { code: 'ALIAS_LIMIT', message: `The operation uses ${count(shape.aliases, MAX_ALIASES)} aliases; the limit is ${MAX_ALIASES}.` }
  }
  if (shape.fields > MAX_FIELDS) {
    return { code: 'FIELD_LIMIT', message: `The operation selects ${count(shape.fields, MAX_FIELDS)} fields once its fragments are spread out; the limit is ${MAX_FIELDS}.` }
  }
  return undefined
}
