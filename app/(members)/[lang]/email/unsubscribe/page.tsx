import type { Metadata } from 'next'

import { EmailLinkProblem } from '@/components/Members/EmailLinkProblem'
import { ManageChoicesLink } from '@/components/Members/ManageChoicesLink'
import { UnsubscribeForm } from '@/components/Members/UnsubscribeForm'
import { unsubscribedText } from '@/components/Members/unsubscribeTexts'
import { PageHeader } from '@/components/ui/PageHeader'
import { payload } from '@/lib/content/payload'
import { EMAIL_LISTS } from '@/lib/email/delivery/states'
import type { EmailLinkState } from '@/lib/email/links/emailChoices'
import { readEmailLink } from '@/lib/email/links/emailLinkPage'
import { toLang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

// The address carries a personal token: never indexed, never followed (the layout renders per request, so nothing is cached).
export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  return { title: messages(toLang((await params).lang)).emailPages.unsubscribeTitle, robots: { index: false, follow: false } }
}

/** Whether what the link would stop is already stopped: then there is nothing to press. */
function alreadyOff({ scope, preferences }: EmailLinkState): boolean {
  return scope === 'all' ? EMAIL_LISTS.every((list) => !preferences[list]) : !preferences[scope]
}

/**
 * /email/unsubscribe?t=… — the unsubscribe link of an alert or digest (and where GET
 * /api/members/unsubscribe sends a browser). Opening it changes nothing: mail scanners open every
 * link, so only the one button unsubscribes.
 */
export default async function UnsubscribePage({ params, searchParams }: Props) {
  const lang = toLang((await params).lang)
  const t = messages(lang)
  const read = await readEmailLink(await payload(), await searchParams)
  if (!read.ok) return <EmailLinkProblem lang={lang} problem={read.problem} />
  return (
    <div className="container">
      <PageHeader title={t.emailPages.unsubscribeTitle} />
      {alreadyOff(read.link) ? (
        <>
          <p role="status">{unsubscribedText(read.link.scope, lang)}</p>
          <ManageChoicesLink lang={lang} token={read.token} />
        </>
      ) : (
        <UnsubscribeForm lang={lang} token={read.token} scope={read.link.scope} />
      )}
    </div>
  )
}
