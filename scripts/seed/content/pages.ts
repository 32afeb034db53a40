import { lexical } from '../lexical'

export const ABOUT_PAGE = {
  title: 'Our mission and history',
  slug: 'about',
  summary: 'How frontline unions came together in 1996, built a national labor-management partnership, and made history with the 2023 strike.',
  publishedAt: '2024-01-15T15:00:00.000Z',
  layout: [
    {
      blockType: 'quote' as const,
      quote: 'Labor and management, working together, can deliver better care, a stronger organization and a better place to work.',
      attribution: 'The idea behind the Labor Management Partnership',
      source: 'Our summary of the 1997 partnership agreement',
    },
    {
      blockType: 'richText' as const,
      content: lexical([
        { h: 'Who we are' },
        'The Coalition is the largest group of unionized healthcare workers at Kaiser Permanente: frontline workers in eight states and the District of Columbia, in twelve local unions.',
        'Members hold the organization to its mission: care that puts patients and workers ahead of profit.',
      ]),
    },
    {
      blockType: 'timeline' as const,
      heading: 'Milestones',
      milestones: [
        { year: 1993, title: 'Labor relations hit bottom', description: 'Facing for-profit competitors, the employer cut jobs, wages and benefits. Strikes spread through California and Oregon.' },
        { year: 1996, title: 'The Coalition is founded', description: '57,000 employees in 26 local unions organize as a bargaining coalition affiliated with the AFL-CIO.' },
        { year: 1997, date: '1997-10-01', title: 'The Labor Management Partnership begins', description: 'Instead of a corporate campaign, the unions propose joint decision-making from the boardroom to the exam room.' },
        { year: 2000, title: 'First national agreement', description: 'The first of six national agreements that brought industry-leading wages and benefits.' },
        { year: 2023, title: 'The largest healthcare strike in U.S. history', description: 'Tens of thousands struck for three days. The settlement brought the highest raises in Coalition history and a direct say in staffing.' },
      ],
    },
    {
      blockType: 'richText' as const,
      content: lexical([
        { h: 'What partnership has won' },
        {
          ul: [
            'Employment and income security, with priority redeployment',
            'More than 3,500 unit-based teams solving problems at work',
            'Education trusts, tuition help and career counseling',
            'Joint staffing plans built at the unit level',
          ],
        },
      ]),
    },
    {
      blockType: 'callToAction' as const,
      heading: 'Follow bargaining',
      text: 'Session reports, key issues and the next dates, as they happen.',
      kind: 'link' as const,
      label: 'Go to bargaining updates',
      url: '/bargaining',
    },
  ],
}
