import type { Metadata } from 'next'

import { EmailLinkProblem } from '@/components/Members/EmailLinkProblem'
import { EmailPreferencesForm } from '@/components/Members/EmailPreferencesForm'
import { PageHeader } from '@/components/ui/PageHeader'
import { payload } from '@/lib/content/payload'
import { readEmailLink } from '@/lib/email/links/emailLinkPage'
import { toLang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

// The address carries a personal token: never indexed, never followed (the layout renders per request, so nothing is cached).
export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  return { title: messages(toLang((await params).lang)).emailPages.preferencesTitle, robots: { index: false, follow: false } }
}

/**
 * /email/preferences?t=… — the "manage your e-mail" link of every alert and digest: the three
 * choices, without signing in. A link that cannot be used gets a page that says why (status 200:
 * a page cannot set its own; noindex and no-store keep it out of indexes and caches).
 */
export default async function EmailPreferencesPage({ params, searchParams }: Props) {
  const lang = toLang((await params).lang)
  const t = messages(lang)
  const read = await readEmailLink(await payload(), await searchParams)
  if (!read.ok) return <EmailLinkProblem lang={lang} problem={read.problem} />
  return (
    <div className="container">
      <PageHeader title={t.emailPages.preferencesTitle} lead={t.emailPages.preferencesLead(read.link.name)} />
      <EmailPreferencesForm lang={lang} token={read.token} preferences={read.link.preferences} />
    </div>
  )
}
