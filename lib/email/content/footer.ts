import type { Payload } from 'payload'

import type { Lang } from '@/lib/i18n/languages'

import type { EmailFooter } from '../render'

/** The coalition's name and first office's postal address, as every bulk e-mail must carry. */
export async function siteFooter(payload: Payload, lang: Lang, links: Pick<EmailFooter, 'preferencesUrl' | 'unsubscribeUrl'>): Promise<EmailFooter> {
  const site = await payload.findGlobal({ slug: 'site', depth: 0, locale: lang, fallbackLocale: 'en', overrideAccess: false })
  const office = site.offices?.[0]
  const addressLines = office ? [office.label, office.street, `${office.city}, ${office.state} ${office.postalCode}`] : []
  return { siteName: site.name, addressLines, ...links }
}
