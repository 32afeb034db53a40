export const leadership = {
  title: 'Leadership',
  description: 'The people who lead the coalition today, and those who led it before.',
  lead: 'The people members have chosen to lead the coalition, and those who led it before them.',
  currentHeading: 'Current leadership',
  empty: 'Leadership details are coming soon.',
  pastHeading: 'Past leaders',
  /** Badge on a leader serving for now; said in words, not only by colour. */
  interim: 'Interim',
  /** A term, its ends already worded as "June 2025" (formatMonthYear). */
  termRange: (start: string, end: string) => `${start} – ${end}`,
  termSince: (start: string) => `Since ${start}`,
  termUntil: (end: string) => `Until ${end}`,
  /** "[Sign in] to read more about Ana Diaz." on a members-only biography. */
  readMoreSignIn: 'Sign in',
  readMoreAbout: (name: string) => ` to read more about ${name}.`,
}
