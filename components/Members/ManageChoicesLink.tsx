import Link from 'next/link'

import { localizedPath, type Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

/**
 * "Changed your mind? [Manage your e-mail choices]": the preferences page for the same link (an
 * unsubscribe link's token may change every choice of its member, lib/email/links/emailChoices.ts).
 */
export function ManageChoicesLink({ lang, token }: { lang: Lang; token: string }) {
  const t = messages(lang)
  return (
    <p>
      {t.emailPages.changedMind}
      <Link href={`${localizedPath(lang, '/email/preferences')}?t=${encodeURIComponent(token)}`}>{t.emailPages.manageChoices}</Link>.
    </p>
  )
}
