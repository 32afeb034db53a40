import { Heading, Link, Section, Text } from '@react-email/components'

import { formatDay } from '@/lib/content/format'
import type { Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

import { type EmailFooter, EmailLayout } from './EmailLayout'
import { styles } from './styles'

export type DigestKind = 'announcement' | 'bargaining' | 'campaign' | 'story'

export type DigestItem = { kind: DigestKind; title: string; summary: string | null; url: string; membersOnly: boolean; signInUrl: string | null }

export type DigestProps = { lang: Lang; heading: string; weekOf: string; items: DigestItem[]; footer: EmailFooter }

/** The order of the sections: what members act on first. */
const KINDS: readonly DigestKind[] = ['bargaining', 'campaign', 'announcement', 'story']

function sectionHeading(kind: DigestKind, lang: Lang): string {
  const t = messages(lang)
  switch (kind) {
    case 'bargaining':
      return t.email.digestSectionBargaining
    case 'campaign':
      return t.email.digestSectionCampaigns
    case 'announcement':
      return t.email.digestSectionAnnouncements
    case 'story':
      return t.email.digestSectionStories
  }
}

function DigestEntry({ item, lang }: { item: DigestItem; lang: Lang }) {
  const t = messages(lang)
  if (!item.membersOnly) {
    return (
      <>
        <Text style={styles.itemTitle}>
          <Link href={item.url} style={styles.link}>
            {item.title}
          </Link>
        </Text>
        {item.summary ? <Text style={styles.text}>{item.summary}</Text> : null}
      </>
    )
  }
  // Title and summary only, then sign-in (or the item's page, which asks for it).
  return (
    <>
      <Text style={styles.itemTitle}>{item.title}</Text>
      <Text style={styles.eyebrow}>{t.email.membersOnly}</Text>
      {item.summary ? <Text style={styles.text}>{item.summary}</Text> : null}
      <Text style={styles.text}>
        <Link href={item.signInUrl ?? item.url} style={styles.link}>
          {t.email.signInToRead}
        </Link>
      </Text>
    </>
  )
}

/** The week's items, in one section per kind; kinds without items are left out. */
export function DigestEmail({ lang, heading, weekOf, items, footer }: DigestProps) {
  const t = messages(lang)
  const week = t.email.digestWeekOf(formatDay(weekOf, lang))
  return (
    <EmailLayout lang={lang} preview={week} footer={footer}>
      <Heading as="h1" style={styles.heading}>
        {heading}
      </Heading>
      <Text style={styles.small}>{week}</Text>
      {KINDS.map((kind) => {
        const entries = items.filter((item) => item.kind === kind)
        if (entries.length === 0) return null
        return (
          <Section key={kind}>
            <Heading as="h2" style={styles.groupHeading}>
              {sectionHeading(kind, lang)}
            </Heading>
            {entries.map((item, index) => (
              <DigestEntry key={index} item={item} lang={lang} />
            ))}
          </Section>
        )
      })}
    </EmailLayout>
  )
}
