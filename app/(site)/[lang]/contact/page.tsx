import type { Metadata } from 'next'

import { OfficeList } from '@/components/Contact/OfficeList'
import { OrganizationJsonLd } from '@/components/seo/OrganizationJsonLd'
import { EmptyState } from '@/components/ui/EmptyState'
import { PageHeader } from '@/components/ui/PageHeader'
import { Section } from '@/components/ui/Section'
import { getSite } from '@/lib/content/getSite'
import { socialLabel } from '@/lib/content/labels'
import { pageMetadata } from '@/lib/seo/site'

export const revalidate = 300

export function generateMetadata(): Promise<Metadata> {
  return pageMetadata({
    title: 'Contact',
    description: 'Coalition offices, phone numbers and where to get help with your contract.',
    path: '/contact',
  })
}

export default async function ContactPage() {
  const site = await getSite()
  return (
    <div className="container">
      <OrganizationJsonLd site={site} />
      <PageHeader
        title="Contact us"
        lead="For questions about your contract, pay or schedule, your local union representative is the fastest way to get help. For the coalition itself, reach our offices below."
      />
      {site.offices.length > 0 ? (
        <Section id="offices" title="Our offices">
          <OfficeList offices={site.offices} />
        </Section>
      ) : (
        <EmptyState>
          <p>Office details are coming soon.</p>
        </EmptyState>
      )}
      {site.social.length > 0 ? (
        <Section id="social" title="Follow us">
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
