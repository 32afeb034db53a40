// Option lists shared by collections, seeds and the public site (labels shown to members).
const options = <T extends string>(entries: Record<T, string>) =>
  (Object.entries(entries) as Array<[T, string]>).map(([value, label]) => ({ value, label }))

export const TOPICS = options({
  bonus: 'Bonus / PSP',
  staffing: 'Staffing',
  benefits: 'Benefits',
  wages: 'Wages',
  leadership: 'Leadership',
  bargaining: 'Bargaining',
  solidarity: 'Solidarity',
  partnership: 'Partnership',
  health: 'Health & safety',
})

export const BARGAINING_STATUS = options({
  preparing: 'Preparing',
  'in-session': 'In session',
  'proposals-exchanged': 'Proposals exchanged',
  'strike-notice': 'Strike notice',
  strike: 'On strike',
  'tentative-agreement': 'Tentative agreement',
  ratified: 'Ratified',
})

export const AUTHORED_BY = options({
  coalition: 'Coalition',
  employer: 'Employer',
  joint: 'Joint (coalition and employer)',
  partner: 'Partner coalition',
})

export const CAMPAIGN_STATUS = options({ upcoming: 'Upcoming', active: 'Active', won: 'Won', closed: 'Closed' })

export const GOAL_UNITS = options({
  percent: 'Percent',
  signatures: 'Signatures',
  members: 'Members',
  actions: 'Actions',
})

export const CTA_KINDS = options({
  sign: 'Sign',
  pledge: 'Pledge',
  'share-story': 'Share your story',
  attend: 'Attend',
  download: 'Download',
  link: 'Link',
})

export const LEADER_STATUS = options({ current: 'Current', interim: 'Interim', former: 'Former' })

export type OptionValue<T extends ReadonlyArray<{ value: string }>> = T[number]['value']
