import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { PageBlocks } from '@/components/Pages/PageBlocks'
import { PageHeader } from '@/components/ui/PageHeader'
import { getPageOrDraft } from '@/lib/content/getPageBySlug'
import { pageMetadata } from '@/lib/seo/site'

export const revalidate = 300

const SLUG = 'about'

export async function generateMetadata(): Promise<Metadata> {
  const page = await getPageOrDraft(SLUG)
  return pageMetadata({ title: page?.title ?? 'About', description: page?.summary, path: '/about' })
}

export default async function AboutPage() {
  const page = await getPageOrDraft(SLUG)
  if (!page) notFound()
  return (
    <div className="container">
      <PageHeader title={page.title} lead={page.summary} kicker="About us" />
      <PageBlocks blocks={page.blocks} />
    </div>
  )
}
