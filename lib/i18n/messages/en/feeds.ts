// RSS feeds and the bargaining calendar (app/(site)/[lang]/…/feed.xml, calendar.ics; lib/feeds).
export const feeds = {
  whatsNewTitle: 'What’s new',
  whatsNewDescription: (site: string) => `News, bargaining and campaigns from ${site}.`,
  newsTitle: 'News',
  newsDescription: (site: string) => `Announcements from ${site}.`,
  bargainingTitle: 'Bargaining updates',
  bargainingDescription: (site: string) => `Session reports and next dates from ${site}.`,
  regionDescription: (region: string, site: string) => `${region} and coalition-wide news from ${site}.`,
  regionNotFound: 'No such region.',
  /** A members-only item's title in a feed: feeds carry teasers, and its link leads to the sign-in prompt. */
  membersOnlyTitle: (title: string) => `${title} (members only)`,
  membersOnlyCategory: 'Members only',
  calendarName: 'Bargaining sessions',
  calendarNextSession: (table: string) => `${table}: next bargaining session`,
}
