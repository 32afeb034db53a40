export const common = {
  siteDescription: 'News, bargaining updates and campaigns for the coalition’s healthcare workers.',
  /** Shown on the Spanish site above an item that has no Spanish text yet. */
  onlyInEnglish: 'Available in English only',
}
