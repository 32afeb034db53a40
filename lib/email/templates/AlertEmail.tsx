import { Button, Heading, Section, Text } from '@react-email/components'

import { formatPublished } from '@/lib/content/format'
import type { Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

import { type EmailFooter, EmailLayout } from './EmailLayout'
import { styles } from './styles'

export type AlertKind = 'bargaining' | 'action'

/** There is deliberately no body: a members-only item's text must not leave the site by e-mail. */
export type AlertItem = { title: string; summary: string | null; url: string; membersOnly: boolean; signInUrl: string | null; publishedAt: string }

export type AlertProps = { lang: Lang; kind: AlertKind; item: AlertItem; footer: EmailFooter }

/**
 * One bargaining update or call to action. A members-only item shows only its title and summary and
 * sends the reader to sign in (without a sign-in URL, to the item's page, which asks them to sign in).
 */
export function AlertEmail({ lang, kind, item, footer }: AlertProps) {
  const t = messages(lang)
  const eyebrow = kind === 'bargaining' ? t.email.alertKindBargaining : t.email.alertKindAction
  const link = item.membersOnly ? { href: item.signInUrl ?? item.url, label: t.email.signInToRead } : { href: item.url, label: t.email.alertReadOnSite }
  return (
    <EmailLayout lang={lang} preview={item.summary ?? item.title} footer={footer}>
      <Text style={styles.eyebrow}>{eyebrow}</Text>
      <Heading as="h1" style={styles.heading}>
        {item.title}
      </Heading>
      <Text style={styles.small}>{t.email.alertPublished(formatPublished(item.publishedAt, lang))}</Text>
      {item.membersOnly ? <Text style={styles.eyebrow}>{t.email.membersOnly}</Text> : null}
      {item.summary ? <Text style={styles.text}>{item.summary}</Text> : null}
      {item.membersOnly ? <Text style={styles.text}>{t.email.membersOnlyText}</Text> : null}
      <Section>
        <Button href={link.href} style={styles.button}>
          {link.label}
        </Button>
      </Section>
    </EmailLayout>
  )
}
