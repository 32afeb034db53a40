import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { MembersOnlyNotice } from '@/components/Members/MembersOnlyNotice'
import { ArticleBody } from '@/components/News/ArticleBody'
import { ArticleMeta } from '@/components/News/ArticleMeta'
import { ArticlePiece } from '@/components/News/ArticlePiece.client'
import { FeedList } from '@/components/News/FeedList'
import { JsonLd } from '@/components/seo/JsonLd'
import { ArticleLayout, AsideBox, HeroFigure } from '@/components/ui/Article'
import { BackLink } from '@/components/ui/BackLink'
import { MembersOnlyBadge } from '@/components/ui/MembersOnlyBadge'
import { PageHeader } from '@/components/ui/PageHeader'
import { getAnnouncementBySlug } from '@/lib/content/getAnnouncementBySlug'
import { getRelatedNews } from '@/lib/content/getRelatedNews'
import { getSite } from '@/lib/content/getSite'
import { contentHref } from '@/lib/content/links'
import { newsArticleJsonLd } from '@/lib/seo/jsonLd'
import { pageMetadata, siteContext } from '@/lib/seo/site'

// Static for everyone, built on first visit and refreshed by tag. A member's members-only body is
// the small personal piece (ArticlePiece), read per request; this page never holds it.
export const revalidate = 300

export function generateStaticParams(): Array<{ slug: string }> {
  return []
}

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await getAnnouncementBySlug((await params).slug)
  if (!article) return { title: 'Not found', robots: { index: false } }
  return pageMetadata({
    title: article.title,
    description: article.summary,
    path: contentHref('announcement', article.slug),
    type: 'article',
    image: article.image,
    publishedTime: article.publishedAt,
    modifiedTime: article.updatedAt,
  })
}

export default async function ArticlePage({ params }: Props) {
  const article = await getAnnouncementBySlug((await params).slug)
  if (!article) notFound()
  const path = contentHref('announcement', article.slug)
  const [related, site] = await Promise.all([
    getRelatedNews({ slug: article.slug, topics: article.topics.map((topic) => topic.value), limit: 3 }),
    getSite(),
  ])
  const topic = article.topics[0]

  return (
    <article className="container">
      <JsonLd data={newsArticleJsonLd(article, path, site, siteContext())} />
      <BackLink href="/news">All news</BackLink>
      <PageHeader title={article.title} lead={article.summary} kicker={topic ? <Link href={`/news?topic=${topic.value}`}>{topic.label}</Link> : 'News'}>
        <ArticleMeta publishedAt={article.publishedAt} regions={article.regions} locals={article.locals} />
        {article.membersOnly ? <MembersOnlyBadge /> : null}
      </PageHeader>
      <ArticleLayout
        aside={
          related.length > 0 ? (
            <AsideBox id="related-heading" title="Related news" print={false}>
              <FeedList items={related} compact />
            </AsideBox>
          ) : null
        }
      >
        {article.image ? <HeroFigure picture={article.image} /> : null}
        {article.locked ? <ArticlePiece slug={article.slug} notice={<MembersOnlyNotice path={path} />} /> : <ArticleBody article={article} />}
        {article.source ? (
          <p>
            <strong>Source: </strong>
            {article.source.href ? <a href={article.source.href}>{article.source.name}</a> : article.source.name}
          </p>
        ) : null}
      </ArticleLayout>
    </article>
  )
}
