import { Body, Container, Head, Hr, Html, Link, Preview, Section, Text } from '@react-email/components'
import { Fragment, type ReactNode } from 'react'

import { INTL_LOCALE, type Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

import { styles } from './styles'

/**
 * What closes every e-mail. The two links are absent on transactional mail; the sending engine may
 * pass placeholder URLs and swap in each member's own afterwards, so they are printed as given.
 */
export type EmailFooter = { siteName: string; addressLines: string[]; preferencesUrl: string | null; unsubscribeUrl: string | null }

type Props = { lang: Lang; preview: string; footer: EmailFooter; children: ReactNode }

/** The site's name as text (no images, so it reads the same with images blocked), the body, then the footer. */
export function EmailLayout({ lang, preview, footer, children }: Props) {
  const t = messages(lang)
  return (
    <Html lang={INTL_LOCALE[lang]} dir="ltr">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Text style={styles.siteName}>{footer.siteName}</Text>
          {children}
          <Hr style={styles.rule} />
          <Section>
            <Text style={styles.footer}>
              {footer.siteName}
              {footer.addressLines.map((line, index) => (
                <Fragment key={index}>
                  <br />
                  {line}
                </Fragment>
              ))}
            </Text>
            {footer.preferencesUrl ? (
              <Text style={styles.footer}>
                <Link href={footer.preferencesUrl} style={styles.link}>
                  {t.email.footerPreferences}
                </Link>
              </Text>
            ) : null}
            {footer.unsubscribeUrl ? (
              <Text style={styles.footer}>
                <Link href={footer.unsubscribeUrl} style={styles.link}>
                  {t.email.footerUnsubscribe}
                </Link>
              </Text>
            ) : null}
          </Section>
        </Container>
      </Body>
    </Html>
  )
}
