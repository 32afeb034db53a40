import { lexical } from '../lexical'
import type { SpanishBargainingUpdate } from '../spanish'

const DAY = 24 * 60 * 60 * 1000
const isoDay = (date: Date) => date.toISOString().slice(0, 10)

export function bargainingUpdates(now = new Date()) {
  // One upcoming date relative to today, so a fresh demo always has a "next session" to show.
  const prepStart = new Date(now.getTime() + 45 * DAY)
  const prepEnd = new Date(prepStart.getTime() + 2 * DAY)
  return [
    {
      title: 'National bargaining opens: first session set',
      table: '2023 National Bargaining',
      sessionNumber: 1,
      status: 'in-session' as const,
      sessionStart: '2023-04-18',
      sessionEnd: '2023-04-20',
      authoredBy: 'coalition' as const,
      summary: 'The first session of national bargaining for 85,000 members. Staffing and PSP reform top the agenda.',
      keyIssues: [
        { issue: 'Staffing crisis', detail: 'Hiring, retention and less reliance on contract labor.' },
        { issue: 'PSP reform', detail: 'How the Performance Sharing Program is measured and paid.' },
      ],
      publishedAt: '2023-04-20T22:00:00.000Z',
      body: lexical(['Coalition bargaining teams opened talks for a new National Agreement. Watch for session reports after each round.']),
      es: {
        title: 'Arranca la negociación nacional: ya hay fecha para la primera sesión',
        summary: 'La primera sesión de la negociación nacional para 85,000 miembros. La falta de personal y la reforma del PSP encabezan la agenda.',
        keyIssues: [
          { issue: 'Crisis de personal', detail: 'Contratar, retener al personal y depender menos del personal por contrato.' },
          { issue: 'Reforma del PSP', detail: 'Cómo se mide y cómo se paga el Programa de Participación en el Desempeño.' },
        ],
        body: lexical(['Los equipos de negociación de la Coalición abrieron las conversaciones para un nuevo Acuerdo Nacional. Después de cada ronda publicaremos cómo nos fue.']),
      } satisfies SpanishBargainingUpdate,
    },
    {
      title: 'Session 4: total compensation and the staffing goal',
      table: '2023 National Bargaining',
      sessionNumber: 4,
      status: 'in-session' as const,
      sessionStart: '2023-07-11',
      sessionEnd: '2023-07-13',
      location: 'Oakland, California',
      authoredBy: 'employer' as const,
      summary:
        'The employer’s report on the fourth session: total compensation, joint subcommittee recommendations on hiring, and a goal of 10,000 new Coalition-represented hires in 2023.',
      keyIssues: [
        { issue: 'Total compensation', detail: 'Wages and benefits against regional market pressures.' },
        { issue: 'Recruitment and retention', detail: 'Four national subcommittees reported joint recommendations.' },
        { issue: 'Hiring goal', detail: '10,000 new Coalition-represented employees in 2023.' },
        { issue: 'Picket notices', detail: 'The Coalition delivered 10-day notices at several locations after the session.' },
      ],
      nextSessionStart: '2023-08-01',
      nextSessionEnd: '2023-08-03',
      publishedAt: '2023-07-13T22:00:00.000Z',
      body: lexical([
        'This update was written by the employer and sent to Coalition-represented employees; we publish it so members can read both sides.',
        'Management describes the session as focused on its total compensation model and on staffing across the industry. Formal proposals are to be exchanged in August.',
      ]),
      es: {
        title: 'Sesión 4: compensación total y la meta de contratación',
        summary:
          'El informe del empleador sobre la cuarta sesión: la compensación total, las recomendaciones que hicieron en conjunto los subcomités sobre contratación y la meta de sumar 10,000 empleados representados por la Coalición en 2023.',
        keyIssues: [
          { issue: 'Compensación total', detail: 'Sueldos y beneficios frente a lo que paga el mercado en cada región.' },
          { issue: 'Contratación y retención', detail: 'Cuatro subcomités nacionales presentaron recomendaciones hechas en conjunto.' },
          { issue: 'Meta de contratación', detail: '10,000 nuevos empleados representados por la Coalición en 2023.' },
          { issue: 'Avisos de piquete', detail: 'Después de la sesión, la Coalición entregó avisos con 10 días de anticipación en varios centros de trabajo.' },
        ],
        body: lexical([
          'Este informe lo escribió el empleador y se lo envió a los empleados que representa la Coalición. Lo publicamos para que los miembros conozcan las dos versiones.',
          'Según la gerencia, la sesión se centró en su modelo de compensación total y en la falta de personal en toda la industria. Las propuestas formales se intercambiarán en agosto.',
        ]),
      } satisfies SpanishBargainingUpdate,
    },
    {
      title: 'Getting ready for the next national agreement',
      table: '2027 National Bargaining',
      sessionNumber: 1,
      status: 'preparing' as const,
      authoredBy: 'coalition' as const,
      summary: 'Delegates from every region meet to set bargaining priorities. Share what matters most at your worksite.',
      keyIssues: [
        { issue: 'Safe staffing', detail: 'Enforceable Joint Staffing commitments.' },
        { issue: 'Wages that keep up', detail: 'Raises that match the cost of living.' },
      ],
      nextSessionStart: isoDay(prepStart),
      nextSessionEnd: isoDay(prepEnd),
      nextSessionLocation: 'Oakland, California',
      publishedAt: new Date(now.getTime() - 2 * DAY).toISOString(),
      body: lexical(['Member delegates will gather to agree on priorities before bargaining opens. Talk to your steward about how to take part.']),
      es: {
        title: 'Nos preparamos para el próximo acuerdo nacional',
        summary: 'Delegados de todas las regiones se reúnen para fijar las prioridades de la negociación. Cuéntenos qué es lo más importante en su centro de trabajo.',
        keyIssues: [
          { issue: 'Personal suficiente y seguro', detail: 'Compromisos de Dotación Conjunta de Personal que se puedan hacer cumplir.' },
          { issue: 'Sueldos que alcancen', detail: 'Aumentos que vayan al ritmo del costo de vida.' },
        ],
        body: lexical(['Los delegados de los miembros se reunirán para acordar las prioridades antes de que empiece la negociación. Pregúntele a su delegado sindical cómo participar.']),
      } satisfies SpanishBargainingUpdate,
    },
  ]
}
