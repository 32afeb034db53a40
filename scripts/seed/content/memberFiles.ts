// Files only members may open: the demo attaches this one to the members-only bonus-offer announcement.
export const OFFER_PDF = {
  key: 'offer-pdf',
  alt: 'Employer’s 2021 bonus offer of February 4, 2022 (members’ copy)',
  lines: ['Employer proposal: one-time 2021 bonus (demo copy)', 'Presented February 4, 2022 - for Coalition members only'],
} as const
