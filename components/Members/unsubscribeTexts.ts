import type { TokenScope } from '@/lib/email/links/emailToken'
import type { Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

/** What the unsubscribe button will stop, by the link's scope ("all": a preferences link stops everything). */
export function unsubscribeQuestion(scope: TokenScope, lang: Lang): string {
  const t = messages(lang)
  switch (scope) {
    case 'bargaining':
      return t.emailPages.askBargaining
    case 'actions':
      return t.emailPages.askActions
    case 'digest':
      return t.emailPages.askDigest
    case 'all':
      return t.emailPages.askAll
  }
}

/** That it is stopped: after the button, or instead of it when it already was. */
export function unsubscribedText(scope: TokenScope, lang: Lang): string {
  const t = messages(lang)
  switch (scope) {
    case 'bargaining':
      return t.emailPages.offBargaining
    case 'actions':
      return t.emailPages.offActions
    case 'digest':
      return t.emailPages.offDigest
    case 'all':
      return t.emailPages.offAll
  }
}

