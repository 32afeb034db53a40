// The pages the links in alerts and digests open, without signing in: /email/preferences and
// /email/unsubscribe (the choices themselves are members.emailBargaining …).
export const emailPages = {
  preferencesTitle: 'Your e-mail choices',
  preferencesLead: (name: string) => `Hello, ${name}. Choose which e-mails you want from us. No need to sign in.`,
  saveChoices: 'Save my choices',
  saving: 'Saving…',
  saved: 'Saved. Your choices apply from the next e-mail.',
  savedNone: 'Saved. We won’t send you alerts or digests any more. You can turn them back on here at any time.',

  unsubscribeTitle: 'Unsubscribe',
  // What the one button stops, by the link's scope; "all" is the preferences link's.
  askBargaining: 'Stop getting bargaining updates by e-mail? Your other e-mail choices stay as they are.',
  askActions: 'Stop getting urgent action alerts by e-mail? Your other e-mail choices stay as they are.',
  askDigest: 'Stop getting the weekly digest for your region? Your other e-mail choices stay as they are.',
  askAll: 'Stop all alerts and digests from us? E-mails your account needs, such as sign-in links, still come.',
  unsubscribe: 'Unsubscribe',
  unsubscribing: 'Unsubscribing…',
  // Said after the button, and instead of it when that e-mail is already off.
  offBargaining: 'You are unsubscribed: no more bargaining updates by e-mail.',
  offActions: 'You are unsubscribed: no more urgent action alerts by e-mail.',
  offDigest: 'You are unsubscribed: no more weekly digests.',
  offAll: 'You are unsubscribed: no more alerts or digests from us.',
  /** "Changed your mind, or want to change other e-mails? [Manage your e-mail choices]." */
  changedMind: 'Changed your mind, or want to change other e-mails? ',
  manageChoices: 'Manage your e-mail choices',

  // A link that cannot be used (lib/email/links/emailChoices.ts: 400 invalid, 410 expired, 404 not-found).
  invalidTitle: 'This link doesn’t work',
  invalidText: 'It may have been cut short or changed on the way. Try the link in a recent e-mail from us, or sign in and change your e-mail choices on your account page.',
  expiredTitle: 'This link has expired',
  expiredText: 'The links in our e-mails work for a year. Try the link in a more recent e-mail, or sign in and change your e-mail choices on your account page.',
  goneTitle: 'This account no longer exists',
  /** "… Want to hear from us again? [Sign up]." */
  goneText: 'We send no e-mail to an account that has been deleted. Want to hear from us again? ',
  signInToManage: 'Sign in to manage your e-mail',
}
