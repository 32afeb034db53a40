import { lexical } from '../lexical'
import type { SeedAnnouncement } from '../types'
import { OFFER_PDF } from './memberFiles'

// Demo announcements modelled on the coalition's own news: facts kept, wording our own.
export const ANNOUNCEMENTS: SeedAnnouncement[] = [
  {
    title: 'Leadership transition: Natalie Holtzinger-Cruz named Interim Executive Director',
    summary:
      'After a decade with the Coalition, three of them as Executive Director, Caroline Lucas is stepping down. Staff Director Natalie Holtzinger-Cruz steps in as interim leader.',
    publishedAt: '2025-06-02T15:00:00.000Z',
    topics: ['leadership'],
    featured: true,
    hero: 'leadership-banner',
    body: lexical([
      'Caroline Lucas is leaving the Coalition after ten years on staff and three years at its head. She led through the 2023 strike and the contract that followed, and she stays in the labor movement.',
      'Natalie Holtzinger-Cruz, the Coalition’s Staff Director, becomes Interim Executive Director. She came to the Coalition from SEIU Healthcare 1199NW, where she led organizing teams and bargained contracts.',
      { h: 'What does not change' },
      'Our priorities stay the same: safe staffing, fair wages and a real voice at work for all 85,000 members.',
    ]),
    locals: ['SEIU Healthcare 1199NW'],
  },
  {
    title: 'Valentines delivered, PSP won: members secure the full 2024 payout',
    summary:
      'Members in every region hand-delivered valentines demanding the full 2024 Performance Sharing Program payout after the employer shared only two data updates all year.',
    publishedAt: '2025-03-03T15:00:00.000Z',
    topics: ['bonus', 'solidarity'],
    hero: 'psp-banner',
    body: lexical([
      'In February, thousands of members in every region delivered valentines to management asking for the full 2024 PSP payout.',
      'The National Agreement requires timely, transparent PSP data. In 2024 members got two data updates, and some metrics arrived seven months late, leaving no chance to correct course.',
      'Because members pushed back together, the payout is higher than it would have been. The fight for transparent PSP data goes on.',
    ]),
  },
  {
    title: 'One year after the strike: members deliver an open letter on partnership',
    summary:
      'On the anniversary of the 2023 strike and contract, members signed and delivered an open letter and wore union gear for the October 3 Day of Action.',
    publishedAt: '2024-10-07T15:00:00.000Z',
    topics: ['partnership', 'staffing', 'solidarity'],
    body: lexical([
      'A year into the contract won by the 2023 strike, members across the country delivered one message to leadership: we built power, now we need partnership.',
      { h: 'What we asked for' },
      {
        ul: [
          'Staffing and job security: more staff, less registry, no outsourcing',
          'Investment in the frontline: upskilling, and recognition for new SEIU CIR members',
          'Partnership and accountability: regular UBT meetings, full Joint Staffing, and ownership of PSP data and goal setting',
        ],
      },
    ]),
  },
  {
    title: 'We hit 40% mail-order prescriptions: copays stay low',
    summary:
      'Members met the goal of 40% of prescriptions delivered by mail, stopping copay increases: $10 at the pharmacy counter, $5 by mail.',
    publishedAt: '2023-04-05T15:00:00.000Z',
    topics: ['benefits'],
    featured: false,
    hero: 'rx-banner',
    body: lexical([
      'The mail-order goal is met, so prescription copays do not go up. In the Northwest and Washington regions the rates may differ, but they also stay where they are.',
      'Mail Order Pharmacy Champions held thousands of conversations on the floor, member leaders spoke at huddles, and 62,000 members completed the online course.',
      'National bargaining begins on April 18.',
    ]),
  },
  {
    title: 'No 2022 PSP payout; employer agrees to a $500 one-time payment',
    summary:
      'The employer reported a $4.5 billion loss for 2022, so PSP will not pay out. Coalition leaders won a $500 one-time payment for most members; first bargaining dates are set.',
    publishedAt: '2023-02-16T15:00:00.000Z',
    topics: ['bonus', 'bargaining'],
    body: lexical([
      'The employer’s 2022 results show a $4.5 billion loss: $1.3 billion from operations and $3.2 billion from investments, while it still holds tens of billions in liquid assets.',
      'Spending on contract labor is one driver: more than $2 billion went to for-profit staffing agencies in 2022.',
      { h: 'Who gets the $500' },
      'Most Coalition-represented workers receive a one-time $500 payment, expected in April or May. Workers who qualify for the California retention payment receive that instead.',
      { h: 'First bargaining dates' },
      'National bargaining opens April 18–20, 2023. Fixing how PSP is paid out is on the table.',
    ]),
    payouts: [
      { amount: 500, label: 'Most Coalition-represented workers', paymentDate: 'April or May 2023' },
      { amount: 1500, label: 'California retention payment, full-time (instead of the $500)', regions: ['ncal', 'scal'], paymentDate: '2023' },
      { amount: 1250, label: 'California retention payment, part-time (instead of the $500)', regions: ['ncal', 'scal'], paymentDate: '2023' },
    ],
  },
  {
    title: 'California retention bonuses: up to $1,500 for eligible workers',
    summary:
      'The state budget funded retention bonuses for healthcare workers. Eligible full-time employees receive up to $1,500 and part-time employees up to $1,250.',
    publishedAt: '2023-02-17T15:00:00.000Z',
    topics: ['bonus'],
    regions: ['ncal', 'scal'],
    locals: ['SEIU-UHW'],
    body: lexical([
      'California set aside more than $1 billion for healthcare worker retention bonuses. The employer applied before the January 6 deadline.',
      'Thanks to SEIU-UHW members, whose campaign made the program happen.',
    ]),
    payouts: [
      { amount: 1500, label: 'Full-time employees (up to)', regions: ['ncal', 'scal'] },
      { amount: 1250, label: 'Part-time employees (up to)', regions: ['ncal', 'scal'] },
    ],
  },
  {
    title: 'Coalition wins a bigger 2021 bonus in regions that missed the financial gate',
    summary:
      '$1,500 for workers coded 32+ hours a week in 2021 and $1,000 for those under 32, whatever the region’s financial gate. Paid in March 2022.',
    publishedAt: '2022-03-01T15:00:00.000Z',
    topics: ['bonus'],
    featured: false,
    body: lexical([
      'Every region except Northern California missed the employer’s “financial gate” for the 2021 PSP. The Coalition asked for the full PSP everywhere; the employer refused, then raised its offer after members pushed back.',
      'Workers whose own incentive plan pays more than $1,500 receive the higher amount. On-call and per diem workers are eligible.',
      { h: 'Hire dates' },
      {
        ul: [
          'Southern California: hired or rehired before September 27, 2021',
          'Northwest, Hawaii, Colorado and Mid-Atlantic: hired or rehired before October 2, 2021',
          'Northern California and Washington: no hire-date requirement',
        ],
      },
      'Questions about eligibility go to your local union representative.',
    ]),
    attachments: [{ label: 'National Agreement, Section 2 (PSP), pp. 57–61', kind: 'file', file: 'psp-pdf' }],
    payouts: [
      { amount: 1500, label: 'Coded 32 or more hours a week in 2021', minWeeklyHours: 32, includesOnCall: true, paymentDate: 'March 2022' },
      { amount: 1000, label: 'Coded under 32 hours a week in 2021', maxWeeklyHours: 32, includesOnCall: true, paymentDate: 'March 2022' },
      { amount: 1500, label: 'Southern California: hired before Sept 27, 2021 (32+ hrs)', regions: ['scal'], hiredBefore: '2021-09-27', minWeeklyHours: 32 },
      { amount: 1500, label: 'NW, HI, CO, MAS: hired before Oct 2, 2021 (32+ hrs)', regions: ['nw', 'hi', 'co', 'mas'], hiredBefore: '2021-10-02', minWeeklyHours: 32 },
    ],
  },
  {
    title: 'Northern California: 2021 PSP paid on performance goals',
    summary: 'Northern California met the financial gate, so its 2021 PSP follows service-area and regional goal results.',
    publishedAt: '2022-03-02T15:00:00.000Z',
    topics: ['bonus'],
    regions: ['ncal'],
    body: lexical([
      'Because Northern California met the financial gate, PSP is based on how each service area and the region performed on the year’s goals. Details follow later this month.',
    ]),
  },
  {
    title: 'Employer’s first 2021 bonus offer falls short',
    summary:
      'At a February 4 meeting the employer offered $1,000 for 1,800+ hours worked in 2021 and $750 below that in five regions. The Coalition is pushing for more.',
    publishedAt: '2022-02-10T15:00:00.000Z',
    // An offer still on the table is shared with members only (the demo shows the lock and sign-in prompt).
    audience: 'members',
    topics: ['bonus'],
    regions: ['scal', 'nw', 'wa', 'co', 'mas'],
    body: lexical([
      'Coalition leaders met national management on February 4 and proposed a full PSP payout for 2021. The employer would only offer a smaller bonus where the financial gate was missed.',
      'If managers ask frontline workers to accept reduced bonuses, managers should share the same cut, from department supervisors to regional presidents.',
    ]),
    payouts: [
      { amount: 1000, label: 'Worked 1,800 or more hours in 2021', minAnnualHours: 1800, includesOnCall: true },
      { amount: 750, label: 'Hired by Sept 27, 2021, worked under 1,800 hours', hiredBefore: '2021-09-27', includesOnCall: true },
    ],
    // Only members can open it: the file follows the announcement's audience.
    attachments: [{ label: 'The employer’s offer of February 4 (members’ copy)', kind: 'file', file: OFFER_PDF.key }],
  },
  {
    title: 'Caroline Lucas named Executive Director',
    summary:
      'Caroline Lucas, who joined in Partnership seven years ago as a National Coordinator and later served as Deputy Director, becomes the first woman to lead the Coalition.',
    publishedAt: '2022-09-15T15:00:00.000Z',
    topics: ['leadership'],
    body: lexical([
      'The Executive Board appointed Caroline Lucas to lead the Coalition into 2023 National Bargaining. She brings almost twenty years in the labor movement.',
      'The Board also thanked Steven Ward, who retires after two years at the helm and thirty in the movement. Under his leadership the Coalition won strong COVID benefits and larger PSP payouts.',
    ]),
    locals: ['OPEIU Local 29'],
  },
  {
    title: 'Paid time for COVID-19 boosters',
    summary: 'From November 19, 2021 to May 1, 2022: two hours of paid time to get a booster, and eight hours of COVID leave after a confirmed adverse reaction.',
    publishedAt: '2021-11-22T15:00:00.000Z',
    topics: ['benefits', 'health'],
    body: lexical([
      'The Coalition won expanded leave for booster shots. Effective November 19, 2021 through May 1, 2022, every employee can use:',
      { ul: ['2 hours of paid administrative time to receive a booster', '8 hours of COVID paid leave after a physician-confirmed adverse reaction'] },
    ]),
    attachments: [{ label: 'Text of the booster leave policy', kind: 'file', file: 'booster-pdf' }],
  },
  {
    title: 'Nurses reach a tentative agreement: what it means for us',
    summary: 'The California Nurses Association reached a tentative agreement with 22.5% in raises over four years. Our own national bargaining starts next year.',
    publishedAt: '2022-11-21T15:00:00.000Z',
    topics: ['solidarity', 'bargaining', 'staffing'],
    regions: ['ncal', 'scal'],
    body: lexical([
      'After months of actions and a near-unanimous strike vote, CNA members won 22.5% in wage increases over four years, better retiree medical benefits and more new-graduate positions.',
      'One contract for one group will not end the staffing crisis. From EVS and nutrition to sterile processing, labs and scheduling, every job keeps the doors open.',
    ]),
  },
  {
    title: 'Standing with IFPTE Local 20 against an attack on sympathy strikes',
    summary: 'The employer sued IFPTE Local 20 over members’ right to honor picket lines. Coalition unions stand together.',
    publishedAt: '2022-12-05T15:00:00.000Z',
    topics: ['solidarity'],
    regions: ['ncal'],
    locals: ['IFPTE Local 20'],
    body: lexical(['The lawsuit targets the right to sympathy strike. An attack on one union is an attack on all of us.']),
  },
  {
    title: 'Partner update: Alliance prepares for 2021 bargaining',
    summary:
      'Our partner coalition reports progress on a guaranteed 2020 PSP payout, a 50-member steering committee meeting, an extended solidarity survey and a new storytelling project.',
    publishedAt: '2020-12-10T15:00:00.000Z',
    topics: ['bargaining', 'bonus'],
    sourceName: 'Alliance of Healthcare Unions',
    body: lexical([
      'The Alliance proposed a guaranteed full 2020 PSP payout for all regions, with more where stretch goals were hit, and expects any agreement to cover Coalition members too.',
      'More than 50 steering committee members met online to plan for 2021 local and national bargaining.',
      'The solidarity survey stays open through January 2021 to reach a 70% completion rate.',
    ]),
  },
]
