// Plain text of rich text and page blocks, for the search index: every string a reader would see.

type Node = { text?: unknown; children?: unknown }

export function lexicalText(value: unknown): string {
  const parts: string[] = []
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    const { text, children } = node as Node
    if (typeof text === 'string') parts.push(text)
    if (Array.isArray(children)) children.forEach(walk)
  }
  walk((value as { root?: unknown } | null)?.root)
  return parts.join(' ').replace(/\s+/g, ' ').trim()
}

// Row and block bookkeeping that readers never see.
const NOT_TEXT = new Set(['id', 'blockType', 'blockName'])
const readable = (row: Record<string, unknown>) => Object.entries(row).filter(([key]) => !NOT_TEXT.has(key)).map(([, value]) => value)

/** Text of a document's searchable fields, rich text and blocks included, capped for the index. */
export function documentText(doc: Record<string, unknown>, maxLength = 20_000): string {
  const parts: string[] = []
  const add = (value: unknown) => {
    if (typeof value === 'string') parts.push(value)
    else if (value && typeof value === 'object' && 'root' in value) parts.push(lexicalText(value))
  }
  for (const key of ['body', 'bio', 'quote', 'location', 'organisation']) add(doc[key])
  for (const list of ['keyIssues', 'demands', 'payouts'] as const) {
    for (const row of (doc[list] as Array<Record<string, unknown>> | undefined) ?? []) readable(row).forEach(add)
  }
  for (const block of (doc.layout as Array<Record<string, unknown>> | undefined) ?? []) {
    for (const value of readable(block)) {
      if (Array.isArray(value)) value.forEach((row) => readable(row as Record<string, unknown>).forEach(add))
      else add(value)
    }
  }
  const hashtags = doc.hashtags as string[] | undefined
  if (hashtags?.length) parts.push(hashtags.map((tag) => `#${tag}`).join(' '))
  return parts.join('\n').slice(0, maxLength)
}
