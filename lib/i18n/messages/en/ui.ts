export const ui = {
  opensNewTab: ' (opens in a new tab)',
  linkBadge: 'LINK',
  fileBadge: 'FILE',
  opensAnotherSite: 'Opens another site',
  subscribe: 'Subscribe',
  rssBadge: 'RSS',
  icsBadge: 'ICS',
  membersOnly: 'Members only',
  previewMode: 'Preview mode',
  previewLabel: 'Preview:',
  previewText: 'you are seeing unpublished changes',
  exitPreview: 'Exit preview',
}
