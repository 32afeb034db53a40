import type { Metadata } from 'next'
import Link from 'next/link'

import { SignUpForm } from '@/components/Members/SignUpForm'
import { PageHeader } from '@/components/ui/PageHeader'
import { getMemberFormOptions } from '@/lib/content/getMemberFormOptions'
import { localizedPath, toLang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

type Props = { params: Promise<{ lang: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: messages(toLang((await params).lang)).members.signUpTitle }
}

// Rendered per request: a build against an empty database (the Docker image) must not freeze an empty
// region list into the page, and sign-up is rare enough that the cached region reader suffices.
export const dynamic = 'force-dynamic'

export default async function SignUpPage({ params }: Props) {
  const lang = toLang((await params).lang)
  const t = messages(lang)
  const { regions, locals } = await getMemberFormOptions(lang)
  return (
    <div className="container">
      <PageHeader title={t.members.signUpTitle} lead={t.members.signUpLead} />
      <SignUpForm lang={lang} regions={regions} locals={locals} />
      <p>
        {t.members.alreadySignedUp}
        <Link href={localizedPath(lang, '/signin')}>{t.members.signInLink}</Link>.
      </p>
    </div>
  )
}
