// Every e-mail the portal sends a member or signer, in the recipient's language. Plain sentences:
// React Email (lib/email/templates) escapes them for the HTML part.
export const email = {
  greeting: (name: string) => `Hello ${name},`,

  confirmSubject: 'Confirm your e-mail address',
  confirmText: 'Please confirm your e-mail address to finish signing up to the Coalition Portal.',
  confirmLink: 'Confirm my e-mail address',

  magicLinkSubject: 'Your sign-in link',
  magicLinkText: 'Use this link to sign in to the Coalition Portal. It works once, for 15 minutes.',
  magicLinkIgnore: 'If you did not ask for it, ignore this e-mail.',
  magicLinkLink: 'Sign me in',

  signatureSubject: (campaign: string) => `You signed: ${campaign}`,
  signatureThanks: (name: string, campaign: string) => `Thank you, ${name}. Your signature on “${campaign}” is counted.`,
  signatureShare: 'Share the campaign',

  /** What a story without a title or text is called in the e-mails about it. */
  storyVideo: 'Video story',
  storyPhoto: 'Photo story',
  storyUntitled: 'Story',
  storyApprovedSubject: 'Your story is published',
  storyApprovedText: (story: string, anonymous: boolean) =>
    `Thank you: your story “${story}” is now published on the Coalition Portal${anonymous ? ', without your name, as you asked' : ''}.`,
  storyApprovedShare: 'Sharing it with co-workers helps others speak up too.',
  storyApprovedLink: 'Read the stories',
  storyEditSubject: 'Your story: one change before we publish it',
  storyEditText: (story: string, withNote: boolean) => `Thank you for your story “${story}”. Before we publish it, our team asks for a change${withNote ? ':' : '.'}`,
  storyEditNoteOnAccount: 'You can read this note on your account page at any time.',
  storyRejectedSubject: 'About the story you shared',
  storyRejectedText: (story: string) =>
    `Thank you for taking the time to share your story “${story}”. We read every story carefully, and we have decided not to publish this one on the portal.`,
  storyRejectedWelcome:
    'This is not a judgement of your experience: what you told us still helps our team understand what is happening at work, and you are always welcome to share another story.',
  accountLink: 'Open my account',

  /** Closes a transactional e-mail sent without the Site settings at hand. */
  portalName: 'Coalition Portal',

  /** The footer of every e-mail; the two links only on alerts and digests. */
  footerPreferences: 'Manage your e-mail preferences',
  footerUnsubscribe: 'Unsubscribe from these e-mails',

  /** What stands in for a members-only item: its title and summary, never its text. */
  membersOnly: 'Members only',
  membersOnlyText: 'This update is for members of the coalition’s unions. Sign in to read all of it.',
  signInToRead: 'Sign in to read it',

  alertSubjectBargaining: (title: string) => `Bargaining update: ${title}`,
  alertSubjectAction: (title: string) => `Action needed: ${title}`,
  alertKindBargaining: 'Bargaining update',
  alertKindAction: 'Action needed',
  alertPublished: (date: string) => `Published ${date}`,
  alertReadOnSite: 'Read it on the Coalition Portal',

  digestSubjectRegion: (region: string) => `This week for ${region} members`,
  digestSubjectCoalition: 'This week across the coalition',
  digestWeekOf: (date: string) => `The week of ${date}`,
  digestSectionBargaining: 'Bargaining updates',
  digestSectionCampaigns: 'Campaigns',
  digestSectionAnnouncements: 'Announcements',
  digestSectionStories: 'Member stories',
}
