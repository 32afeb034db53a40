import { z } from 'zod'

/**
 * import.config.json (optional; `--config <file>`). Posts become announcements unless one of their
 * categories or tags is listed under `bargainingUpdates`; `regions` maps category/tag slugs to region
 * codes (unmapped posts are coalition-wide).
 *
 *   { "bargainingUpdates": { "categories": ["bargaining"], "tags": ["bargaining-report"] },
 *     "regions": { "northern-california": "ncal" } }
 */
export const importConfigSchema = z
  .object({
    bargainingUpdates: z
      .object({
        categories: z.array(z.string().min(1)).default([]),
        tags: z.array(z.string().min(1)).default([]),
        /** The bargaining table of imported updates when the matching category gives none. */
        table: z.string().min(1).default('Imported from WordPress'),
      })
      .strict()
      .default({ categories: [], tags: [], table: 'Imported from WordPress' }),
    regions: z.record(z.string().min(1), z.string().min(1)).default({}),
  })
  .strict()

export type ImportConfig = z.infer<typeof importConfigSchema>

export const DEFAULT_IMPORT_CONFIG: ImportConfig = importConfigSchema.parse({ bargainingUpdates: { categories: ['bargaining'] } })

/** Parses a config file's text; the message names the offending key, for the CLI's one-line error. */
export function parseImportConfig(text: string): ImportConfig | string {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    return `the import config is not JSON (${error instanceof Error ? error.message : String(error)})`
  }
  const parsed = importConfigSchema.safeParse(json)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]
  return `the import config is invalid at ${issue?.path.join('.') || '(top)'}: ${issue?.message ?? 'unknown problem'}`
}
