import type { Metadata } from 'next'
import Link from 'next/link'

import { SignInForm } from '@/components/Members/SignInForm'
import { PageHeader } from '@/components/ui/PageHeader'
import { localizedPath, toLang, type Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import { safeNextPath } from '@/lib/members/nextPath'

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  return { title: messages(toLang((await params).lang)).members.signInTitle }
}

/** What the e-mailed links send people back here to hear (?confirmed=1 …), if anything. */
function noticeFor(params: Record<string, string | string[] | undefined>, lang: Lang): string | null {
  const t = messages(lang)
  if (params.confirmed === '1') return t.members.noticeConfirmed
  if (params.confirmed === '0') return t.members.noticeConfirmFailed
  if (params.link === 'expired') return t.members.noticeLinkExpired
  return null
}

export default async function SignInPage({ params, searchParams }: Props) {
  const lang = toLang((await params).lang)
  const t = messages(lang)
  const query = await searchParams
  const notice = noticeFor(query, lang)
  return (
    <div className="container">
      <PageHeader title={t.members.signInTitle} lead={t.members.signInLead} />
      {notice ? <p role="status">{notice}</p> : null}
      <SignInForm lang={lang} next={safeNextPath(query.next, localizedPath(lang, '/account'))} />
      <p>
        {t.members.notMemberYet}
        <Link href={localizedPath(lang, '/signup')}>{t.members.signUpLink}</Link>.
      </p>
    </div>
  )
}
