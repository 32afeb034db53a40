import { EMAIL_LISTS, type EmailList } from '@/lib/email/delivery/states'
import type { Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import type { EmailChoices } from '@/lib/schemas/emailChoices'

import styles from './Form.module.css'

/** The label of each e-mail choice, in `lang`. */
export function emailChoiceLabel(list: EmailList, lang: Lang): string {
  const t = messages(lang)
  switch (list) {
    case 'bargaining':
      return t.members.emailBargaining
    case 'actions':
      return t.members.emailActions
    case 'digest':
      return t.members.emailDigest
  }
}

/** The form's three boxes (named after the lists), as ticked when it was sent. */
export function emailChoicesOf(form: FormData): EmailChoices {
  return { bargaining: form.get('bargaining') === 'on', actions: form.get('actions') === 'on', digest: form.get('digest') === 'on' }
}

type Props = { id: string; lang: Lang; defaults: EmailChoices }

/**
 * The three e-mail choices, as /account, /signup and the e-mailed preferences page show them. "None"
 * is all three unticked, which the hint says, so nobody looks for a fourth box.
 */
export function EmailChoicesFieldset({ id, lang, defaults }: Props) {
  const t = messages(lang)
  return (
    <fieldset aria-describedby={`${id}-email-hint`}>
      <legend>{t.members.emailLegend}</legend>
      <p id={`${id}-email-hint`} className={styles.hint}>
        {t.members.emailNoneHint}
      </p>
      {EMAIL_LISTS.map((list) => (
        <div key={list} className={styles.check}>
          <input id={`${id}-${list}`} name={list} type="checkbox" defaultChecked={defaults[list]} />
          <label htmlFor={`${id}-${list}`}>{emailChoiceLabel(list, lang)}</label>
        </div>
      ))}
    </fieldset>
  )
}
