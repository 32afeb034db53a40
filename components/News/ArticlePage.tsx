import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { MembersOnlyNotice } from '@/components/Members/MembersOnlyNotice'
import { ArticleMeta } from '@/components/News/ArticleMeta'
import { FeedList } from '@/components/News/FeedList'
import { PayoutTable } from '@/components/News/PayoutTable'
import { JsonLd } from '@/components/seo/JsonLd'
import { ArticleLayout, ArticleSection, AsideBox, HeroFigure } from '@/components/ui/Article'
import { BackLink } from '@/components/ui/BackLink'
import { DownloadList } from '@/components/ui/DownloadList'
import { MembersOnlyBadge } from '@/components/ui/MembersOnlyBadge'
import { PageHeader } from '@/components/ui/PageHeader'
import { RichText } from '@/components/ui/RichText'
import { getRelatedNews } from '@/lib/content/getRelatedNews'
import { getSite } from '@/lib/content/getSite'
import { contentHref } from '@/lib/content/links'
import type { Article } from '@/lib/content/types'
import { newsArticleJsonLd } from '@/lib/seo/jsonLd'
import { pageMetadata, siteContext } from '@/lib/seo/site'

type Props = { params: Promise<{ slug: string }> }
type Load = (slug: string) => Promise<Article | null>

/** /news/[slug] for everyone (static, cached) and for signed-in viewers (/signed-in/news/[slug]); only the reader differs. */
export const articleMetadata =
  (load: Load) =>
  async ({ params }: Props): Promise<Metadata> => {
    const article = await load((await params).slug)
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

export const articlePage = (load: Load) =>
  async function ArticlePage({ params }: Props) {
    const { slug } = await params
    const article = await load(slug)
    if (!article) notFound()
    const [related, site] = await Promise.all([
      getRelatedNews({
        slug: article.slug,
        topics: article.topics.map((topic) => topic.value),
        limit: 3,
      }),
      getSite(),
    ])
    const topic = article.topics[0]

    return (
      <article className="container">
        <JsonLd data={newsArticleJsonLd(article, contentHref('announcement', article.slug), site, siteContext())} />
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
          {article.locked ? <MembersOnlyNotice path={contentHref('announcement', article.slug)} /> : null}
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
