import type { Metadata } from 'next'
import Link from 'next/link'

import { StoryList } from '@/components/Stories/StoryList'
import { EmptyState } from '@/components/ui/EmptyState'
import { PageHeader } from '@/components/ui/PageHeader'
import { getApprovedStories } from '@/lib/content/getApprovedStories'
import { localizedPath, toLang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import { pageMetadata } from '@/lib/seo/site'

export const revalidate = 300

type Props = { params: Promise<{ lang: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = toLang((await params).lang)
  const t = messages(lang)
  return pageMetadata({ lang, title: t.stories.title, description: t.stories.description, path: '/stories' })
}

export default async function StoriesPage({ params }: Props) {
  const lang = toLang((await params).lang)
  const t = messages(lang)
  const stories = await getApprovedStories(lang)
  return (
    <div className="container">
      <PageHeader title={t.stories.title} lead={t.stories.lead}>
        <Link href={localizedPath(lang, '/stories/new')}>{t.stories.shareLink}</Link>
      </PageHeader>
      {stories.length === 0 ? (
        <EmptyState>
          <p>{t.stories.empty}</p>
        </EmptyState>
      ) : (
        <StoryList stories={stories} lang={lang} />
      )}
    </div>
  )
}
