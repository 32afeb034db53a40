import type { RegionCode } from '../regions'

export type DemoStory = {
  /** A demo member's e-mail (scripts/seed/members.ts). */
  by: string
  title?: string
  /** Also how the seed recognises the story on a second run. */
  text: string
  region: RegionCode
  local?: string
  /** Campaign title. */
  campaign?: string
  status: 'approved' | 'pending'
  anonymous: boolean
  /** A generated picture attached as the story's photo. */
  photo?: { caption: string; hue: number }
}

export const DEMO_STORIES: DemoStory[] = [
  {
    by: 'maria.member@coalition.test',
    title: 'The pharmacy line on a Monday',
    text: 'Monday mornings the line goes out the door. Two of us cover five windows because the open positions have been posted for months. We still get every prescription out, but people wait an hour and we skip lunch to do it. Filling those jobs is how you keep a promise to patients.',
    region: 'ncal',
    local: 'OPEIU Local 29',
    campaign: 'Partnership open letter',
    status: 'approved',
    anonymous: false,
  },
  {
    by: 'james.member@coalition.test',
    text: 'I trained three new techs this year and two of them left for registry jobs that pay more. Every time someone leaves, the rest of us pick up the overtime. I signed the letter because I want to train people who stay.',
    region: 'scal',
    local: 'SEIU-UHW',
    campaign: 'Share your story',
    status: 'approved',
    anonymous: true,
  },
  {
    by: 'maria.member@coalition.test',
    text: 'Our huddle board after the day of action: every shift wore purple.',
    region: 'ncal',
    campaign: 'Share your story',
    status: 'approved',
    anonymous: false,
    photo: { caption: 'Every shift wore purple', hue: 275 },
  },
  {
    by: 'james.member@coalition.test',
    title: 'Night shift, again',
    // Waits for a moderator, and shows how a likely patient name is flagged for them.
    text: 'Last week my patient Mr. Alvarez waited four hours for a blood draw because we were two phlebotomists short on nights.',
    region: 'scal',
    local: 'SEIU-UHW',
    status: 'pending',
    anonymous: false,
  },
]
