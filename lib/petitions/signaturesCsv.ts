type Ref = number | { id: number; name?: string | null; shortName?: string | null } | null | undefined

export type CsvSignature = {
  name: string
  email: string
  region?: Ref
  local?: Ref
  comment?: string | null
  consentToContact?: boolean | null
  createdAt: string
}

const HEADER = ['Name', 'E-mail', 'Region', 'Local', 'Comment', 'Consent to contact', 'Signed at']

/** Quotes every cell and defuses spreadsheet formulas (a comment starting with "=" stays text). */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return `"${safe.replace(/"/g, '""')}"`
}

const label = (ref: Ref) => (ref && typeof ref === 'object' ? (ref.shortName ?? ref.name ?? String(ref.id)) : ref == null ? '' : String(ref))

export function signaturesCsv(rows: CsvSignature[]): string {
  const lines = [HEADER, ...rows.map((row) => [row.name, row.email, label(row.region), label(row.local), row.comment ?? '', row.consentToContact ? 'yes' : 'no', row.createdAt])]
  return lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n'
}
