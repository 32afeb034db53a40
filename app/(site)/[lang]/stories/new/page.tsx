import type { Metadata } from 'next'
import Link from 'next/link'

import { StoryForm } from '@/components/Stories/StoryForm'
import { PageHeader } from '@/components/ui/PageHeader'
import { getMember } from '@/lib/auth/viewer'
import { getMemberFormOptions } from '@/lib/content/getMemberFormOptions'
import { localizedPath, toLang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import { signInHref } from '@/lib/members/nextPath'
import { relationId } from '@/lib/relationId'

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<{ campaign?: string }> }

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const lang = toLang((await params).lang)
  return { title: messages(lang).stories.shareTitle, robots: { index: false } }
}

export default async function NewStoryPage({ params, searchParams }: Props) {
  const lang = toLang((await params).lang)
  const t = messages(lang)
  const member = await getMember()
  const { campaign } = await searchParams
  if (!member) {
    // Back here after signing in, the chosen campaign kept.
    const here = localizedPath(lang, campaign ? `/stories/new?campaign=${encodeURIComponent(campaign)}` : '/stories/new')
    return (
      <div className="container">
        <PageHeader title={t.stories.shareTitle} lead={t.stories.signInFirstLead} />
        <p>
          <Link href={localizedPath(lang, signInHref(here))}>{t.stories.signInLink}</Link>
          {t.stories.signInOr}
          <Link href={localizedPath(lang, '/signup')}>{t.stories.signUpLink}</Link>
          {t.stories.signInToShare}
        </p>
      </div>
    )
  }
  const options = await getMemberFormOptions(lang)
  return (
    <div className="container">
      <PageHeader title={t.stories.shareTitle} lead={t.stories.formLead} />
      <StoryForm
        lang={lang}
        regions={options.regions}
        locals={options.locals}
        campaigns={options.campaigns}
        defaults={{ region: relationId(member.region), local: relationId(member.local), campaign: Number(campaign) || null }}
      />
    </div>
  )
}
