import Link from 'next/link'

import { ButtonLink } from '@/components/ui/Button'
import { PageHeader } from '@/components/ui/PageHeader'
import type { EmailLinkProblem as Problem } from '@/lib/email/links/emailLinkPage'
import { localizedPath, type Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import { signInHref } from '@/lib/members/nextPath'

/**
 * In place of the preferences or unsubscribe page when its link cannot be used: what happened, in
 * words, and the way that always works — signing in and choosing on /account.
 */
export function EmailLinkProblem({ lang, problem }: { lang: Lang; problem: Problem }) {
  const t = messages(lang)
  if (problem === 'not-found') {
    return (
      <div className="container">
        <PageHeader title={t.emailPages.goneTitle} />
        <p>
          {t.emailPages.goneText}
          <Link href={localizedPath(lang, '/signup')}>{t.members.signUpLink}</Link>.
        </p>
      </div>
    )
  }
  const expired = problem === 'expired'
  return (
    <div className="container">
      <PageHeader title={expired ? t.emailPages.expiredTitle : t.emailPages.invalidTitle} />
      <p>{expired ? t.emailPages.expiredText : t.emailPages.invalidText}</p>
      <p>
        <ButtonLink href={localizedPath(lang, signInHref(localizedPath(lang, '/account')))}>{t.emailPages.signInToManage}</ButtonLink>
      </p>
    </div>
  )
}
