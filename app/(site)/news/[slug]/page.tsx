import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { ArticleMeta } from '@/components/News/ArticleMeta'
import { FeedList } from '@/components/News/FeedList'
import { PayoutTable } from '@/components/News/PayoutTable'
import { JsonLd } from '@/components/seo/JsonLd'
import { ArticleLayout, ArticleSection, AsideBox, HeroFigure } from '@/components/ui/Article'
import { BackLink } from '@/components/ui/BackLink'
import { DownloadList } from '@/components/ui/DownloadList'
import { PageHeader } from '@/components/ui/PageHeader'
import { RichText } from '@/components/ui/RichText'
import { getAnnouncementOrDraft } from '@/lib/content/getAnnouncementBySlug'
import { getRelatedNews } from '@/lib/content/getRelatedNews'
import { getSite } from '@/lib/content/getSite'
import { contentHref } from '@/lib/content/links'
import { newsArticleJsonLd } from '@/lib/seo/jsonLd'
import { pageMetadata, siteContext } from '@/lib/seo/site'

export const revalidate = 300

// Built on first visit, then served from the cache until revalidated.
export function generateStaticParams(): Array<{ slug: string }> {
  return []
}

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await getAnnouncementOrDraft((await params).slug)
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
  const { slug } = await params
  const article = await getAnnouncementOrDraft(slug)
  if (!article) notFound()
  const [related, site] = await Promise.all([
    getRelatedNews({ slug: article.slug, topics: article.topics.map((topic) => topic.value), limit: 3 }),
    getSite(),
  ])
  const topic = article.topics[0]

  return (
    <article className="container">
      <JsonLd data={newsArticleJsonLd(article, contentHref('announcement', article.slug), site, siteContext())} />
      <BackLink href="/news">All news</BackLink>
      <PageHeader
        title={article.title}
        lead={article.summary}
        kicker={topic ? <Link href={`/news?topic=${topic.value}`}>{topic.label}</Link> : 'News'}
      >
        <ArticleMeta publishedAt={article.publishedAt} regions={article.regions} locals={article.locals} />
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
        {article.body ? <RichText data={article.body} /> : null}
        {article.payouts.length > 0 ? (
          <ArticleSection id="payouts" title="Who gets what">
            <PayoutTable payouts={article.payouts} />
          </ArticleSection>
        ) : null}
        {article.attachments.length > 0 ? (
          <ArticleSection id="documents" title="Documents and links">
            <DownloadList items={article.attachments} />
          </ArticleSection>
        ) : null}
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
