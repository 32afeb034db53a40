import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { MembersOnlyNotice } from '@/components/Members/MembersOnlyNotice'
import { PageBlocks } from '@/components/Pages/PageBlocks'
import { MembersOnlyBadge } from '@/components/ui/MembersOnlyBadge'
import { PageHeader } from '@/components/ui/PageHeader'
import type { PageContent } from '@/lib/content/types'
import { pageMetadata } from '@/lib/seo/site'

const SLUG = 'about'
type Load = (slug: string) => Promise<PageContent | null>

/** /about for everyone (static) and for signed-in viewers (/signed-in/about); only the reader differs. */
export const aboutMetadata = (load: Load) => async (): Promise<Metadata> => {
  const page = await load(SLUG)
  return pageMetadata({ title: page?.title ?? 'About', description: page?.summary, path: '/about' })
}

export const aboutPage = (load: Load) =>
  async function AboutPage() {
    const page = await load(SLUG)
    if (!page) notFound()
    return (
      <div className="container">
        <PageHeader title={page.title} lead={page.summary} kicker="About us">
          {page.membersOnly ? <MembersOnlyBadge /> : null}
        </PageHeader>
        {page.locked ? <MembersOnlyNotice path="/about" what="page" /> : <PageBlocks blocks={page.blocks} />}
      </div>
    )
  }
