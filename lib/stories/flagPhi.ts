// Stories come from healthcare workers; the form asks them to leave out patient details, and this
// flags submissions that look like they did not, so a moderator reads them before anything is public.
// Deliberately over-eager: a false flag costs a moderator a glance, a miss can expose a patient.

export type PhiFlag = { kind: 'patient-name' | 'date-of-birth' | 'record-number'; excerpt: string }

// Capitalised words after "patient" that are not names ("Patient Safety", "the patient I saw").
const NOT_NAMES = new Set(['I', 'A', 'An', 'The', 'And', 'But', 'Or', 'Care', 'Safety', 'Experience', 'Advocate', 'Services', 'Portal', 'Room', 'Rooms', 'Unit', 'Units', 'Flow', 'Ratio', 'Ratios', 'First', 'Zero', 'Satisfaction', 'Access', 'Intake'])

const PATIENT_NAME = /\b(?:[Pp]atient|[Pp]t\.?|[Rr]esident|[Cc]lient)(?:'s)?(?:\s*,\s*|\s+)(?:named\s+|called\s+|name\s+(?:is|was)\s+)?((?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?([A-Z][a-z'’-]+)(?:\s+([A-Z][a-z'’-]+|[A-Z]\.))?/g
const DATE = String.raw`(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})`
const DATE_OF_BIRTH = new RegExp(String.raw`\b(?:d\.?o\.?b\.?|date\s+of\s+birth|birth\s*date|born(?:\s+on)?)\s*[:#-]?\s*${DATE}`, 'gi')
const RECORD_NUMBER = /\b(?:mrn|medical\s+record(?:\s+(?:number|no\.?|#))?|record\s+(?:number|no\.?|#)|chart\s+(?:number|no\.?|#)|account\s+(?:number|no\.?|#))\s*[:#]?\s*[A-Z]{0,3}-?\d[\d-]{3,}/gi
// A long bare number reads like a record or member number even without a label.
const LONG_NUMBER = /(?<![\d-])\d{7,12}(?![\d-])/g

function excerpt(text: string, index: number, length: number) {
  return text.slice(Math.max(0, index - 10), Math.min(text.length, index + length + 10)).replace(/\s+/g, ' ').trim()
}

export function flagPhi(text: string | null | undefined): PhiFlag[] {
  if (!text) return []
  const flags: PhiFlag[] = []
  for (const match of text.matchAll(PATIENT_NAME)) {
    const [, title, first] = match
    if (!first || (!title && NOT_NAMES.has(first))) continue
    flags.push({ kind: 'patient-name', excerpt: excerpt(text, match.index, match[0].length) })
  }
  for (const match of text.matchAll(DATE_OF_BIRTH)) flags.push({ kind: 'date-of-birth', excerpt: excerpt(text, match.index, match[0].length) })
  const labelled = new Set<number>()
  for (const match of text.matchAll(RECORD_NUMBER)) {
    flags.push({ kind: 'record-number', excerpt: excerpt(text, match.index, match[0].length) })
    for (let i = match.index; i < match.index + match[0].length; i++) labelled.add(i)
  }
  for (const match of text.matchAll(LONG_NUMBER)) {
    if (!labelled.has(match.index)) flags.push({ kind: 'record-number', excerpt: excerpt(text, match.index, match[0].length) })
  }
  return flags
}

const LABEL: Record<PhiFlag['kind'], string> = {
  'patient-name': 'possible patient name',
  'date-of-birth': 'possible date of birth',
  'record-number': 'possible record number',
}

/** One line for the moderator, e.g. `possible patient name: "…my patient John Smith came…"`; null when clean. */
export function describePhiFlags(flags: PhiFlag[]): string | null {
  if (flags.length === 0) return null
  return flags.map((flag) => `${LABEL[flag.kind]}: “…${flag.excerpt}…”`).join('\n')
}
