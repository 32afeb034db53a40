import {
  type FragmentDefinitionNode,
  getArgumentValues,
  getNamedType,
  getNullableType,
  type GraphQLCompositeType,
  GraphQLError,
  type GraphQLField,
  type GraphQLSchema,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  type OperationDefinitionNode,
  OperationTypeNode,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql'

import { HAS_MANY_ESTIMATE, MAX_DOCUMENTS, MAX_PAGE_LIMIT, ROWS_ESTIMATE } from './limits'
import { count, type LimitViolation } from './violation'

type Variables = Record<string, unknown> | null | undefined

/** Payload puts its own field config on the GraphQL fields it builds for relationships, uploads and joins. */
type PayloadFieldExtension = { type?: string; hasMany?: boolean }

function payloadField(field: GraphQLField<unknown, unknown>): PayloadFieldExtension | undefined {
  const extension = (field.extensions as { field?: PayloadFieldExtension } | undefined)?.field
  return typeof extension === 'object' && extension !== null ? extension : undefined
}

// Payload's list queries return 10 documents when no limit is given (collections/operations/find).
const PAYLOAD_DEFAULT_LIMIT = 10

class PageLimitError extends Error {}

/**
 * How many documents one operation can return at most, before it runs: a page of `limit` documents
 * inside a page of `limit` documents is limit × limit, so a campaign → stories → campaign → … cycle
 * multiplies here even though Payload's complexity score only adds. Refuses lists without a bound
 * (a join without `limit`, `limit: 0`, `pagination: false` alone) or above MAX_PAGE_LIMIT.
 */
export function estimateDocuments(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  variables: Variables,
): { documents: number; violation?: LimitViolation } {
  const root = operation.operation === OperationTypeNode.MUTATION ? schema.getMutationType() : schema.getQueryType()
  if (!root) return { documents: 0 }
  // Per fragment and page size: the estimate is linear in the multiplier above it, so one walk each.
  const memo = new Map<string, number>()
  const inProgress = new Set<string>()

  const pageSizeOf = (field: GraphQLField<unknown, unknown>, node: Parameters<typeof getArgumentValues>[1], where: string): number => {
    let args: Record<string, unknown>
    try {
      args = getArgumentValues(field, node, variables ?? undefined)
    } catch {
      // A bad argument value is graphql's own validation error.
      return PAYLOAD_DEFAULT_LIMIT
    }
    const limit = typeof args.limit === 'number' ? args.limit : undefined
    const isJoin = payloadField(field)?.type === 'join'
    if (limit === undefined && (isJoin || args.pagination === false)) {
      throw new PageLimitError(`${where} needs a \`limit\` between 1 and ${MAX_PAGE_LIMIT}${isJoin ? ': a join without one returns every joined document' : ' when pagination is off'}.`)
    }
    if (limit !== undefined && (limit < 1 || limit > MAX_PAGE_LIMIT)) {
      throw new PageLimitError(`${where} asks for limit ${limit}; the limit must be between 1 and ${MAX_PAGE_LIMIT}.`)
    }
    return limit ?? PAYLOAD_DEFAULT_LIMIT
  }

  const walk = (set: SelectionSetNode, type: GraphQLCompositeType, pageSize: number | undefined): number => {
    let documents = 0
    for (const selection of set.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type
        if (isCompositeType(condition)) documents += walk(selection.selectionSet, condition, pageSize)
        continue
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        documents += spread(selection.name.value, pageSize)
        continue
      }
      if (!selection.selectionSet || !(isObjectType(type) || isInterfaceType(type))) continue
      const field = type.getFields()[selection.name.value]
      if (!field) continue
      const target = getNamedType(field.type)
      if (!isCompositeType(target)) continue
      const isList = isListType(getNullableType(field.type))
      const kind = payloadField(field)?.type
      const where = `${type.name}.${field.name}`
      if (field.args.some((arg) => arg.name === 'limit')) {
        // A page (list query or join): its `docs` are the documents, `limit` of them.
        documents += walk(selection.selectionSet, target, pageSizeOf(field, selection, where))
      } else if (pageSize !== undefined && field.name === 'docs' && isList) {
        documents += pageSize * (1 + walk(selection.selectionSet, target, undefined))
      } else if (kind === 'relationship' || kind === 'upload' || type === root) {
        documents += (isList ? HAS_MANY_ESTIMATE : 1) * (1 + walk(selection.selectionSet, target, undefined))
      } else {
        // Groups, arrays and blocks are not documents, but multiply the documents inside them.
        documents += (isList ? ROWS_ESTIMATE : 1) * walk(selection.selectionSet, target, undefined)
      }
    }
    return documents
  }

  const spread = (name: string, pageSize: number | undefined): number => {
    const key = `${name}:${pageSize ?? ''}`
    const known = memo.get(key)
    if (known !== undefined) return known
    const fragment = fragments.get(name)
    const condition = fragment ? schema.getType(fragment.typeCondition.name.value) : undefined
    // Unknown fragments and cycles are graphql's own validation errors (and refused before this runs).
    if (!fragment || !isCompositeType(condition) || inProgress.has(key)) return 0
    inProgress.add(key)
    const documents = walk(fragment.selectionSet, condition, pageSize)
    inProgress.delete(key)
    memo.set(key, documents)
    return documents
  }

  try {
    const documents = walk(operation.selectionSet, root, undefined)
    if (documents > MAX_DOCUMENTS) {
      return {
        documents,
        violation: {
          code: 'DOCUMENT_LIMIT',
          message: `The query could return ${count(documents, MAX_DOCUMENTS)} documents; the limit is ${MAX_DOCUMENTS} per request. Ask for smaller pages (limit) or fewer nested lists.`,
        },
      }
    }
    return { documents }
  } catch (error) {
    if (error instanceof PageLimitError) return { documents: Infinity, violation: { code: 'PAGE_LIMIT', message: error.message } }
    throw error
  }
}

/** The document bound as a validation rule for Payload's `graphQL.validationRules`. */
export function documentLimitRule(variables: Variables): ValidationRule {
  return (context) => {
    const fragments = new Map<string, FragmentDefinitionNode>()
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition)
    }
    return {
      OperationDefinition(operation) {
        const { violation } = estimateDocuments(context.getSchema(), operation, fragments, variables)
        if (violation) context.reportError(new GraphQLError(violation.message, { nodes: [operation], extensions: { code: violation.code } }))
      },
    }
  }
}
