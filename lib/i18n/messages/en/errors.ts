export const errors = {
  // The 404 page
  notFoundTitle: 'Page not found',
  notFoundHeading: 'We can’t find that page',
  notFoundLead: 'It may have moved, or the link may be mistyped. Try a search, or start from one of these.',
  notFoundHome: 'Home',
  notFoundLatest: 'Latest news',
  notFoundAllNews: 'All news',

  // A page (or, global, the whole site) that failed to render; never the error itself.
  errorHeading: 'Something went wrong',
  errorText: 'This page could not load just now. It is not something you did. Please try again in a moment.',
  globalErrorText: 'The site could not load just now. It is not something you did. Please try again in a moment.',
  retry: 'Try again',
  goHome: 'Go to the home page',
  /** The digest the server logged, for a member to quote. */
  reference: (digest: string) => `Reference: ${digest}`,

  // Every form (lib/schemas): shown next to a field or as the form's status.
  formCorrectFields: 'Please correct the marked fields.',
  formChooseFromList: 'Choose from the list',
  formUnusualCharacters: 'Remove the unusual characters from this field',
}
