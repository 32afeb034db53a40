import type { CollectionBeforeOperationHook } from 'payload'

/**
 * A publish from the admin (REST or GraphQL) publishes the language being edited, and only that one:
 * Payload's `publishSpecificLocale` merges it into the published document and keeps the other
 * language as last published, with any pending edit of it kept as a draft. Without this, publishing
 * an English correction would also publish a Spanish draft someone left half done (one status per
 * document; Payload's per-locale status is experimental, with open bugs on PostgreSQL).
 * Local API callers (scheduled publishes, scripts) keep Payload's default: every language; the
 * schedule drawer lets staff pick one.
 */
export const publishTheEditedLanguage: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'update' || req.payloadAPI === 'local') return args
  const update = args as { data?: { _status?: unknown }; draft?: boolean; publishSpecificLocale?: string; publishAllLocales?: boolean }
  const publishing = update.data?._status === 'published' && !update.draft
  if (!publishing || update.publishSpecificLocale || update.publishAllLocales) return args
  if (req.locale !== 'en' && req.locale !== 'es') return args
  return { ...args, publishSpecificLocale: req.locale }
}
