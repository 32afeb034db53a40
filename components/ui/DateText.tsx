import { formatDay, formatPublished } from '@/lib/content/format'

type Props = {
  iso: string | null
  /** Day-only fields are stored as UTC midnight; publish times are real instants. */
  kind?: 'day' | 'published'
  className?: string
}

export function DateText({ iso, kind = 'published', className }: Props) {
  if (!iso) return null
  const text = kind === 'day' ? formatDay(iso) : formatPublished(iso)
  return (
    <time dateTime={kind === 'day' ? iso.slice(0, 10) : iso} className={className}>
      {text}
    </time>
  )
}
