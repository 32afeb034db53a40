import { formatDay, formatPublished } from '@/lib/content/format'
import type { Lang } from '@/lib/i18n/languages'

type Props = {
  iso: string | null
  lang: Lang
  /** Day-only fields are stored as UTC midnight; publish times are real instants. */
  kind?: 'day' | 'published'
  className?: string
}

export function DateText({ iso, lang, kind = 'published', className }: Props) {
  if (!iso) return null
  const text = kind === 'day' ? formatDay(iso, lang) : formatPublished(iso, lang)
  return (
    <time dateTime={kind === 'day' ? iso.slice(0, 10) : iso} className={className}>
      {text}
    </time>
  )
}
