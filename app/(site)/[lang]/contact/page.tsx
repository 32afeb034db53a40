import type { Metadata } from 'next'

import { OfficeList } from '@/components/Contact/OfficeList'
import { OrganizationJsonLd } from '@/components/seo/OrganizationJsonLd'
import { EmptyState } from '@/components/ui/EmptyState'
import { PageHeader } from '@/components/ui/PageHeader'
import { Section } from '@/components/ui/Section'
import { getSite } from '@/lib/content/getSite'
import { socialLabel } from '@/lib/content/labels'
import { toLang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import { pageMetadata } from '@/lib/seo/site'

export const revalidate = 300

type Props = { params: Promise<{ lang: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = toLang((await params).lang)
  const t = messages(lang)
  return pageMetadata({ lang, title: t.contact.title, description: t.contact.description, path: '/contact' })
}

export default async function ContactPage({ params }: Props) {
  const lang = toLang((await params).lang)
  const t = messages(lang)
  const site = await getSite(lang)
  return (
    <div className="container">
      <OrganizationJsonLd site={site} />
      <PageHeader title={t.contact.heading} lead={t.contact.lead} />
      {site.offices.length > 0 ? (
        <Section id="offices" title={t.contact.officesHeading}>
          <OfficeList offices={site.offices} lang={lang} />
        </Section>
      ) : (
        <EmptyState>
          <p>{t.contact.officesEmpty}</p>
        </EmptyState>
      )}
      {site.social.length > 0 ? (
        <Section id="social" title={t.contact.followHeading}>
          <ul>
            {site.social.map((link) => (
              <li key={link.href}>
                <a href={link.href} rel="noopener">
                  {socialLabel(link.platform)}
                </a>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
    </div>
  )
}
