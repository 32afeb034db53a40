import { Button, Section, Text } from '@react-email/components'

import type { Lang } from '@/lib/i18n/languages'

import { type EmailFooter, EmailLayout } from './EmailLayout'
import { styles } from './styles'

export type TransactionalProps = {
  lang: Lang
  greeting: string
  lines: string[]
  link: { href: string; label: string }
  footer: EmailFooter
}

/** A message about the member's own account or action: greeting, paragraphs and one link. */
export function TransactionalEmail({ lang, greeting, lines, link, footer }: TransactionalProps) {
  return (
    <EmailLayout lang={lang} preview={lines[0] ?? greeting} footer={footer}>
      <Text style={styles.text}>{greeting}</Text>
      {lines.map((line, index) => (
        <Text key={index} style={styles.text}>
          {line}
        </Text>
      ))}
      <Section>
        <Button href={link.href} style={styles.button}>
          {link.label}
        </Button>
      </Section>
    </EmailLayout>
  )
}
