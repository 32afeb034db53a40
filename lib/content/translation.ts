import type { Lang } from '@/lib/i18n/languages'

/**
 * Whether an item read for the Spanish site is shown in English: its Spanish text is not marked
 * ready (collections/shared/hooks/gateSpanish.ts has already put the English text in its place for
 * readers who are not staff). Pages then say so with <EnglishOnlyNotice> and mark the text lang="en".
 */
export function shownInEnglishOnly(doc: { spanishStatus?: string | null }, lang: Lang): boolean {
  return lang === 'es' && doc.spanishStatus !== 'ready'
}
