import { notFound, permanentRedirect } from 'next/navigation'

import { getRedirect } from '@/lib/content/getRedirect'
import { DEFAULT_LANG } from '@/lib/i18n/languages'

type Props = { params: Promise<{ lang: string; missing: string[] }> }

// With two root layouts there is no app-wide 404; this sends unknown site URLs to (site)/not-found,
// unless the address is an old one (e.g. a WordPress permalink) recorded in `redirects`: then 308 there.
export default async function MissingPage({ params }: Props) {
  const { lang, missing } = await params
  // Old addresses have no language prefix: only the unprefixed (English) tree looks them up.
  if (lang === DEFAULT_LANG) {
    const path = `/${missing.map(encodeURIComponent).join('/')}`
    const target = await getRedirect(path)
    if (target && target !== path) permanentRedirect(target)
  }
  notFound()
}
