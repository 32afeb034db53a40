import type { SpanishLeader } from '../spanish'

export const LEADERS = [
  {
    name: 'Natalie Holtzinger-Cruz',
    title: 'Interim Executive Director',
    status: 'interim' as const,
    organisation: 'Coalition staff',
    bio: 'Staff Director of the Coalition, previously an organizing leader and contract negotiator at SEIU Healthcare 1199NW.',
    termStart: '2025-06-01',
    order: 1,
    es: {
      title: 'Directora ejecutiva interina',
      bio: 'Directora de personal de la Coalición. Antes dirigió equipos de organización y negoció contratos en SEIU Healthcare 1199NW.',
    } satisfies SpanishLeader,
    hue: 280,
  },
  {
    name: 'Tamara Rubyn',
    title: 'Secretary-Treasurer, Executive Board',
    status: 'current' as const,
    organisation: 'President, OPEIU Local 29',
    local: 'OPEIU Local 29',
    bio: 'Serves on the Coalition Executive Board and leads OPEIU Local 29.',
    es: { title: 'Secretaria-tesorera de la Junta Ejecutiva', bio: 'Forma parte de la Junta Ejecutiva de la Coalición y preside OPEIU Local 29.' } satisfies SpanishLeader,
    order: 2,
    hue: 200,
  },
  {
    name: 'Caroline Lucas',
    title: 'Executive Director',
    status: 'former' as const,
    organisation: 'Coalition staff',
    bio: 'Joined the Coalition as a National Coordinator in Northern California, then served as Deputy Director. The first woman to lead the Coalition; led it through the 2023 strike.',
    termStart: '2022-09-01',
    termEnd: '2025-06-01',
    es: {
      title: 'Directora ejecutiva',
      bio: 'Llegó a la Coalición como coordinadora nacional en el Norte de California y después fue subdirectora. Fue la primera mujer al frente de la Coalición y la dirigió durante la huelga de 2023.',
    } satisfies SpanishLeader,
    order: 10,
    hue: 330,
  },
  {
    name: 'Steven Ward',
    title: 'Executive Director',
    status: 'former' as const,
    organisation: 'Coalition staff',
    bio: 'Led the Coalition for two years after three decades in the labor movement, winning strong COVID benefits and larger PSP payouts.',
    termStart: '2020-09-01',
    termEnd: '2022-09-01',
    es: {
      title: 'Director ejecutivo',
      bio: 'Dirigió la Coalición durante dos años, después de tres décadas en el movimiento sindical. En ese tiempo se ganaron buenos beneficios por COVID y pagos del PSP más altos.',
    } satisfies SpanishLeader,
    order: 11,
    hue: 30,
  },
]
