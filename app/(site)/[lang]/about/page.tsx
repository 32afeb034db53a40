import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { MembersOnlyNotice } from '@/components/Members/MembersOnlyNotice'
import { PageBlocks } from '@/components/Pages/PageBlocks'
import { siteLabels } from '@/components/News/EnglishOnlyMark'
import { PagePiece } from '@/components/Pages/PagePiece.client'
import { EnglishOnlyNotice } from '@/components/ui/EnglishOnlyNotice'
import { MembersOnlyBadge } from '@/components/ui/MembersOnlyBadge'
import { PageHeader } from '@/components/ui/PageHeader'
import { getPageBySlug } from '@/lib/content/getPageBySlug'
import { toLang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import { pageMetadata } from '@/lib/seo/site'

// Static for everyone and refreshed by tag; if staff make the page members-only, a member's blocks
// are the personal piece, read per request.
export const revalidate = 300

const SLUG = 'about'
const PATH = '/about'

type Props = { params: Promise<{ lang: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = toLang((await params).lang)
  const page = await getPageBySlug(SLUG, lang)
  return pageMetadata({ lang, title: page?.title ?? messages(lang).pages.aboutTitle, description: page?.summary, path: PATH })
}

export default async function AboutPage({ params }: Props) {
  const lang = toLang((await params).lang)
  const t = messages(lang)
  const page = await getPageBySlug(SLUG, lang)
  if (!page) notFound()
  // Without Spanish text the page is English inside; the site's own words in it keep the page's language.
  const own = siteLabels(lang, page.englishOnly)
  return (
    <div className="container">
      <EnglishOnlyNotice lang={lang} englishOnly={page.englishOnly}>
        <PageHeader title={page.title} lead={page.summary} kicker={<span lang={own}>{t.pages.aboutKicker}</span>}>
          {page.membersOnly ? (
            <span lang={own}>
              <MembersOnlyBadge lang={lang} />
            </span>
          ) : null}
        </PageHeader>
        {page.locked ? (
          <PagePiece slug={page.slug} lang={lang} notice={<MembersOnlyNotice lang={lang} path={PATH} what="page" />} />
        ) : (
          <PageBlocks blocks={page.blocks} lang={lang} />
        )}
      </EnglishOnlyNotice>
    </div>
  )
}
