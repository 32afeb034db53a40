import { Badge } from '@/components/ui/Badge'
import { INTL_LOCALE, type Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

/**
 * On the Spanish site, beside a teaser whose item has no Spanish text yet: a small "Disponible solo en
 * inglés". Teasers mark their English title and summary with `lang={englishText(item.englishOnly)}`.
 */
export function EnglishOnlyMark({ lang, englishOnly }: { lang: Lang; englishOnly: boolean }) {
  if (!englishOnly) return null
  return (
    <>
      {' '}
      <Badge>{messages(lang).common.onlyInEnglish}</Badge>
    </>
  )
}

/** The lang attribute of an item's own text: English when the Spanish site shows it in English. */
export function englishText(englishOnly: boolean): string | undefined {
  return englishOnly ? INTL_LOCALE.en : undefined
}

/**
 * Inside <EnglishOnlyNotice> (marked English): the lang attribute that gives the page's own labels,
 * dates and sidebars back their language. Nothing when the item is in the page's language.
 */
export function siteLabels(lang: Lang, englishOnly: boolean): string | undefined {
  return englishOnly ? INTL_LOCALE[lang] : undefined
}
