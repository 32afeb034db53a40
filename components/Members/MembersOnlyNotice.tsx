import { ButtonLink } from '@/components/ui/Button'
import { MembersOnlyBadge } from '@/components/ui/MembersOnlyBadge'
import { INTL_LOCALE, localizedPath, pagePath, type Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import { signInHref } from '@/lib/members/nextPath'

import styles from './MembersOnlyNotice.module.css'

/** What the locked body is, for the wording (each language words "the full …" its own way). */
export type MembersOnlyWhat = 'update' | 'page' | 'campaign'

function wording(lang: Lang, what: MembersOnlyWhat): { title: string; text: string } {
  const t = messages(lang)
  switch (what) {
    case 'page':
      return { title: t.members.lockedTitlePage, text: t.members.lockedTextPage }
    case 'campaign':
      return { title: t.members.lockedTitleCampaign, text: t.members.lockedTextCampaign }
    case 'update':
      return { title: t.members.lockedTitleUpdate, text: t.members.lockedTextUpdate }
  }
}

/**
 * In place of a members-only body: what it is and how to get in, returning here after sign-in.
 * `path` is the page's path (with or without its language prefix); sign-in and sign-up are in `lang`.
 */
export function MembersOnlyNotice({ lang, path, what = 'update' }: { lang: Lang; path: string; what?: MembersOnlyWhat }) {
  const t = messages(lang)
  const { title, text } = wording(lang, what)
  const here = localizedPath(lang, pagePath(path))
  return (
    // lang: the page may be showing an item's English text around it.
    <section className={styles.notice} aria-labelledby="members-only-heading" lang={INTL_LOCALE[lang]}>
      <MembersOnlyBadge lang={lang} />
      <h2 id="members-only-heading" className={styles.title}>
        {title}
      </h2>
      <p>{text}</p>
      <div className={styles.actions}>
        <ButtonLink href={localizedPath(lang, signInHref(here))} variant="accent">
          {t.members.signIn}
        </ButtonLink>
        <ButtonLink href={localizedPath(lang, '/signup')} variant="secondary">
          {t.members.signUp}
        </ButtonLink>
      </div>
    </section>
  )
}
