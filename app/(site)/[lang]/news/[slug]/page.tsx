import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { MembersOnlyNotice } from '@/components/Members/MembersOnlyNotice'
import { ArticleBody } from '@/components/News/ArticleBody'
import { ArticleMeta } from '@/components/News/ArticleMeta'
import { ArticlePiece } from '@/components/News/ArticlePiece.client'
import { siteLabels } from '@/components/News/EnglishOnlyMark'
import { FeedList } from '@/components/News/FeedList'
import { JsonLd } from '@/components/seo/JsonLd'
import { ArticleLayout, AsideBox, HeroFigure } from '@/components/ui/Article'
import { BackLink } from '@/components/ui/BackLink'
import { EnglishOnlyNotice } from '@/components/ui/EnglishOnlyNotice'
import { MembersOnlyBadge } from '@/components/ui/MembersOnlyBadge'
import { PageHeader } from '@/components/ui/PageHeader'
import { getAnnouncementBySlug } from '@/lib/content/getAnnouncementBySlug'
import { getRelatedNews } from '@/lib/content/getRelatedNews'
import { getSite } from '@/lib/content/getSite'
import { contentHref } from '@/lib/content/links'
import { localizedPath, toLang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import { newsArticleJsonLd } from '@/lib/seo/jsonLd'
import { pageMetadata, siteContext } from '@/lib/seo/site'

// Static for everyone, built on first visit and refreshed by tag. A member's members-only body is
// the small personal piece (ArticlePiece), read per request; this page never holds it.
export const revalidate = 300

export function generateStaticParams(): Array<{ slug: string }> {
  return []
}

type Props = { params: Promise<{ lang: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang: param, slug } = await params
  const lang = toLang(param)
  const article = await getAnnouncementBySlug(slug, lang)
  if (!article) return { title: messages(lang).news.notFound, robots: { index: false } }
  return pageMetadata({
    lang,
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
  const { lang: param, slug } = await params
  const lang = toLang(param)
  const t = messages(lang)
  const article = await getAnnouncementBySlug(slug, lang)
  if (!article) notFound()
  const path = contentHref('announcement', article.slug)
  const [related, site] = await Promise.all([
    getRelatedNews({ slug: article.slug, topics: article.topics.map((topic) => topic.value), limit: 3, lang }),
    getSite(lang),
  ])
  const topic = article.topics[0]
  const kicker = topic ? <Link href={localizedPath(lang, `/news?topic=${topic.value}`)}>{topic.label}</Link> : t.news.kicker
  const labelsLang = siteLabels(lang, article.englishOnly)

  return (
    <article className="container">
      <JsonLd data={newsArticleJsonLd(article, localizedPath(lang, path), site, siteContext())} />
      <BackLink href={localizedPath(lang, '/news')}>{t.news.allNews}</BackLink>
      <EnglishOnlyNotice lang={lang} englishOnly={article.englishOnly}>
        <PageHeader title={article.title} lead={article.summary} kicker={kicker} labelsLang={labelsLang}>
          <ArticleMeta publishedAt={article.publishedAt} regions={article.regions} locals={article.locals} lang={lang} />
          {article.membersOnly ? <MembersOnlyBadge lang={lang} /> : null}
        </PageHeader>
        <ArticleLayout
          asideLang={labelsLang}
          aside={
            related.length > 0 ? (
              <AsideBox id="related-heading" title={t.news.relatedHeading} print={false}>
                <FeedList items={related} lang={lang} compact />
              </AsideBox>
            ) : null
          }
        >
          {article.image ? <HeroFigure picture={article.image} lang={lang} /> : null}
          {article.locked ? (
            <ArticlePiece slug={article.slug} notice={<MembersOnlyNotice lang={lang} path={localizedPath(lang, path)} />} lang={lang} />
          ) : (
            <ArticleBody article={article} lang={lang} />
          )}
          {article.source ? (
            <p>
              <strong>{t.news.sourceLabel}</strong>
              {article.source.href ? <a href={article.source.href}>{article.source.name}</a> : article.source.name}
            </p>
          ) : null}
        </ArticleLayout>
      </EnglishOnlyNotice>
    </article>
  )
}
