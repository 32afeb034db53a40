import { lexical } from '../lexical'
import type { SpanishPage } from '../spanish'

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
  es: {
    title: 'Nuestra misión e historia',
    summary: 'Cómo los sindicatos de primera línea se unieron en 1996, construyeron una alianza nacional entre trabajadores y gerencia, e hicieron historia con la huelga de 2023.',
    layout: [
      {
        blockType: 'quote',
        quote: 'Cuando los trabajadores y la gerencia trabajan juntos, la atención mejora, la organización se fortalece y el trabajo es un mejor lugar para todos.',
        attribution: 'La idea detrás de la Alianza Laboral-Gerencial',
        source: 'Nuestro resumen del acuerdo de alianza de 1997',
      },
      {
        blockType: 'richText',
        content: lexical([
          { h: 'Quiénes somos' },
          'La Coalición reúne al grupo más grande de trabajadores de la salud sindicalizados de Kaiser Permanente: personal de primera línea en ocho estados y el Distrito de Columbia, organizado en doce sindicatos locales.',
          'Los miembros se aseguran de que la organización cumpla su misión: una atención que pone a los pacientes y a los trabajadores antes que las ganancias.',
        ]),
      },
      {
        blockType: 'timeline',
        heading: 'Momentos clave',
        milestones: [
          { year: 1993, title: 'Las relaciones laborales tocan fondo', description: 'Ante la competencia de empresas con fines de lucro, el empleador recortó empleos, sueldos y beneficios. Las huelgas se extendieron por California y Oregón.' },
          { year: 1996, title: 'Nace la Coalición', description: '57,000 empleados de 26 sindicatos locales se organizan en una coalición de negociación afiliada a la AFL-CIO.' },
          { year: 1997, date: '1997-10-01', title: 'Comienza la Alianza Laboral-Gerencial', description: 'En lugar de una campaña contra la empresa, los sindicatos proponen decidir en conjunto, desde la sala de juntas hasta el consultorio.' },
          { year: 2000, title: 'Primer acuerdo nacional', description: 'El primero de seis acuerdos nacionales que trajeron sueldos y beneficios entre los mejores del sector.' },
          { year: 2023, title: 'La huelga de salud más grande en la historia de EE. UU.', description: 'Decenas de miles de trabajadores hicieron huelga durante tres días. El acuerdo trajo los aumentos más altos en la historia de la Coalición y voz directa en las decisiones sobre el personal.' },
        ],
      },
      {
        blockType: 'richText',
        content: lexical([
          { h: 'Lo que hemos ganado con la alianza' },
          {
            ul: [
              'Seguridad en el empleo y en los ingresos, con prioridad para reubicar a quien pierde su puesto',
              'Más de 3,500 equipos por unidad que resuelven problemas en el trabajo',
              'Fondos de educación, ayuda con la matrícula y orientación profesional',
              'Planes de personal hechos en conjunto, unidad por unidad',
            ],
          },
        ]),
      },
      {
        blockType: 'callToAction',
        heading: 'Siga la negociación',
        text: 'Los informes de cada sesión, los temas clave y las próximas fechas, a medida que pasan.',
        kind: 'link',
        label: 'Ver los avances de la negociación',
        url: '/bargaining',
      },
    ],
  } satisfies SpanishPage,
}
