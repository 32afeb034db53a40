export const pages = {
  /** /about's title when the page has none yet (metadata only). */
  aboutTitle: 'About',
  aboutKicker: 'About us',
}
