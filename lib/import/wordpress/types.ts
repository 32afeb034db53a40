/** One `<item>` of a WordPress export, reduced to what the import uses. */
export type WxrItem = {
  postId: string
  title: string
  /** The old permalink, e.g. https://old.example.org/2023/07/slug/. */
  link: string
  guid: string
  creator: string
  contentHtml: string
  excerptHtml: string
  /** `wp:post_date_gmt` as an ISO string, or null for "0000-00-00 00:00:00" (never dated drafts). */
  dateGmt: string | null
  slug: string
  status: string
  type: string
  attachmentUrl: string | null
  terms: WxrTerm[]
  meta: Record<string, string>
}

export type WxrTerm = { taxonomy: 'category' | 'post_tag'; slug: string; name: string }

export type WxrAuthor = { login: string; email: string; displayName: string }

export type WxrExport = {
  /** wp:base_site_url (or the channel link): part of every import key. */
  siteUrl: string
  authors: WxrAuthor[]
  terms: WxrTerm[]
  items: WxrItem[]
}

export type ImportCounts = { created: number; updated: number; skipped: number; problems: number }

export type ImportProblem = { item: string; message: string }

export type ImportReport = ImportCounts & {
  total: number
  problemList: ImportProblem[]
  /** One line per item, in order: what happened (or would happen, in a dry run). */
  lines: string[]
}
