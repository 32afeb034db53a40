import type { Payload } from 'payload'

import { expireRunningServers } from '@/lib/revalidate/expireRunningServers'

import { indexAttachments } from './attachImages'
import type { ExistingDoc, ImportAuthor, ImportContext } from './importContext'
import type { ImportConfig } from './importConfig'
import { importItem, itemLabel } from './importItem'
import { parseWxr } from './parseWxr'
import type { ImportReport, WxrAuthor } from './types'
import { upsertTopics } from './upsertTopics'

export type ImportOptions = {
  payload: Payload
  xml: string
  config: ImportConfig
  mediaDir: string | null
  dryRun: boolean
  /** After each item: for the admin's progress ("12 / 40") and the CLI's lines. */
  onItem?: (done: number, total: number, line: string) => Promise<void> | void
}

async function staffByEmail(payload: Payload, authors: WxrAuthor[]): Promise<Map<string, ImportAuthor>> {
  const emails = authors.map((author) => author.email).filter(Boolean)
  const { docs } = emails.length
    ? await payload.find({ collection: 'users', where: { email: { in: emails } }, depth: 0, limit: emails.length, pagination: false, overrideAccess: true, select: { email: true, role: true } })
    : { docs: [] }
  const users = new Map(docs.map((user) => [user.email.toLowerCase(), user]))
  return new Map(
    authors.map((author) => {
      const user = users.get(author.email)
      return [author.login, { userId: user?.id ?? null, name: author.displayName, publishesAll: Boolean(user && user.role !== 'regional') }]
    }),
  )
}

async function importedDocs(payload: Payload, siteUrl: string): Promise<Map<string, ExistingDoc>> {
  const existing = new Map<string, ExistingDoc>()
  for (const collection of ['announcements', 'bargaining-updates', 'pages'] as const) {
    const { docs } = await payload.find({
      collection,
      where: { 'importSource.key': { like: `${siteUrl}#` } },
      draft: true,
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      select: { slug: true, importSource: true },
    })
    for (const doc of docs) {
      const key = doc.importSource?.key
      if (key) existing.set(key, { collection, id: doc.id, slug: doc.slug ?? null, hash: doc.importSource?.hash ?? null })
    }
  }
  return existing
}

async function regionIds(payload: Payload): Promise<Map<string, number>> {
  const { docs } = await payload.find({ collection: 'regions', depth: 0, limit: 200, pagination: false, overrideAccess: true, select: { code: true } })
  return new Map(docs.map((region) => [region.code, region.id]))
}

/**
 * Imports a WordPress export: topics first, then each post and page in its own transaction (see
 * importItem). A file that cannot be read throws WxrFileError before anything is written; a bad item
 * is one problem line and the rest goes on. Finally the running site's cached pages are expired.
 */
export async function importWordPress({ payload, xml, config, mediaDir, dryRun, onItem }: ImportOptions): Promise<ImportReport> {
  const wxr = parseWxr(xml)
  const report: ImportReport = { total: 0, created: 0, updated: 0, skipped: 0, problems: 0, problemList: [], lines: [] }
  for (const line of wxr.unreadable) {
    report.problemList.push({ item: line.split(':')[0] ?? 'item', message: line })
    report.lines.push(`skipped ${line}`)
  }
  const items = wxr.items.filter((item) => item.type !== 'attachment')
  report.total = items.length + wxr.unreadable.length
  const terms = [...wxr.terms, ...items.flatMap((item) => item.terms)]
  const { topics, created: topicsCreated } = await upsertTopics(payload, terms, wxr.siteUrl, dryRun)
  if (topicsCreated) report.lines.push(`${dryRun ? 'would create' : 'created'} ${topicsCreated} topic(s)`)

  const ctx: ImportContext = {
    payload,
    siteUrl: wxr.siteUrl,
    config,
    mediaDir,
    dryRun,
    attachments: indexAttachments(wxr.items),
    authors: await staffByEmail(payload, wxr.authors),
    topics,
    regions: await regionIds(payload),
    existing: await importedDocs(payload, wxr.siteUrl),
  }
  let done = wxr.unreadable.length
  for (const item of items) {
    const outcome = await importItem(ctx, item)
    report[outcome.action] += 1
    report.lines.push(outcome.line)
    for (const message of outcome.problems) report.problemList.push({ item: itemLabel(item), message })
    done += 1
    await onItem?.(done, report.total, outcome.line)
  }
  report.skipped += wxr.unreadable.length
  report.problems = report.problemList.length
  if (!dryRun && (report.created || report.updated)) await expireRunningServers((line) => report.lines.push(`revalidate: ${line}`))
  return report
}
