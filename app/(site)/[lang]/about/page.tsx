import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { MembersOnlyNotice } from '@/components/Members/MembersOnlyNotice'
import { PageBlocks } from '@/components/Pages/PageBlocks'
import { PagePiece } from '@/components/Pages/PagePiece.client'
import { MembersOnlyBadge } from '@/components/ui/MembersOnlyBadge'
import { PageHeader } from '@/components/ui/PageHeader'
import { getPageBySlug } from '@/lib/content/getPageBySlug'
import { pageMetadata } from '@/lib/seo/site'

// Static for everyone and refreshed by tag; if staff make the page members-only, a member's blocks
// are the personal piece, read per request.
export const revalidate = 300

const SLUG = 'about'

export async function generateMetadata(): Promise<Metadata> {
  const page = await getPageBySlug(SLUG)
  return pageMetadata({ title: page?.title ?? 'About', description: page?.summary, path: '/about' })
}

export default async function AboutPage() {
  const page = await getPageBySlug(SLUG)
  if (!page) notFound()
  return (
    <div className="container">
      <PageHeader title={page.title} lead={page.summary} kicker="About us">
        {page.membersOnly ? <MembersOnlyBadge /> : null}
      </PageHeader>
      {page.locked ? <PagePiece slug={page.slug} notice={<MembersOnlyNotice path="/about" what="page" />} /> : <PageBlocks blocks={page.blocks} />}
    </div>
  )
}
