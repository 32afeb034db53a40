import { lexical } from '../lexical'
import type { SeedAnnouncement } from '../types'
import { OFFER_PDF } from './memberFiles'

// Demo announcements modelled on the coalition's own news: facts kept, wording our own. `es`: the
// Spanish text (scripts/seed/spanish.ts). The partner coalition's update has none, on purpose: the
// Spanish site shows it in English with its "available in English only" note.
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
    es: {
      title: 'Cambio de liderazgo: Natalie Holtzinger-Cruz, nueva directora ejecutiva interina',
      summary:
        'Caroline Lucas se despide de la Coalición después de una década con nosotros, tres años como directora ejecutiva. La directora de personal, Natalie Holtzinger-Cruz, queda al frente de forma interina.',
      body: lexical([
        'Caroline Lucas deja la Coalición tras diez años en el equipo y tres a la cabeza. Nos acompañó en la huelga de 2023 y en el contrato que ganamos después, y seguirá en el movimiento sindical.',
        'Natalie Holtzinger-Cruz, hasta ahora directora de personal de la Coalición, asume como directora ejecutiva interina. Antes de llegar aquí trabajó en SEIU Healthcare 1199NW, donde dirigió equipos de organización y negoció contratos.',
        { h: 'Lo que sigue igual' },
        'Nuestras prioridades no cambian: suficiente personal para trabajar con seguridad, salarios justos y una voz de verdad en el trabajo para nuestros 85,000 miembros.',
      ]),
    },
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
    es: {
      title: 'Tarjetas de San Valentín y PSP ganado: los miembros logran el pago completo de 2024',
      summary:
        'En todas las regiones, los miembros entregaron tarjetas de San Valentín para exigir el pago completo del Programa de Participación en el Desempeño (PSP) de 2024, después de un año en que el empleador compartió apenas dos actualizaciones de datos.',
      body: lexical([
        'En febrero, miles de miembros de todas las regiones le entregaron a la gerencia tarjetas de San Valentín con un pedido: el pago completo del PSP de 2024.',
        'El Acuerdo Nacional exige que los datos del PSP lleguen a tiempo y con claridad. En 2024 recibimos solo dos actualizaciones, y algunas cifras llegaron con siete meses de atraso, cuando ya no había tiempo de corregir el rumbo.',
        'Como nos hicimos oír juntos, el pago es más alto de lo que habría sido. Seguimos luchando para que los datos del PSP sean transparentes.',
      ]),
    },
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
    es: {
      title: 'Un año después de la huelga: los miembros entregan una carta abierta sobre la alianza',
      summary:
        'En el aniversario de la huelga y del contrato de 2023, los miembros firmaron y entregaron una carta abierta, y el 3 de octubre, Día de Acción, fueron a trabajar con la ropa del sindicato.',
      body: lexical([
        'A un año del contrato que ganamos con la huelga de 2023, miembros de todo el país le llevaron a la dirección un mismo mensaje: ya demostramos nuestra fuerza, ahora queremos una alianza de verdad.',
        { h: 'Lo que pedimos' },
        {
          ul: [
            'Personal y estabilidad en el empleo: más personal propio, menos personal de agencia y nada de subcontratación',
            'Invertir en la primera línea: capacitación para crecer en el trabajo y reconocimiento para los nuevos miembros de SEIU CIR',
            'Alianza y rendición de cuentas: reuniones regulares de los equipos por unidad (UBT), Dotación Conjunta de Personal completa y voz propia en los datos y las metas del PSP',
          ],
        },
      ]),
    },
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
    es: {
      title: 'Llegamos al 40% de recetas por correo: los copagos se quedan bajos',
      summary:
        'Los miembros alcanzaron la meta de recibir por correo el 40% de las recetas y así evitaron que subieran los copagos: $10 en el mostrador de la farmacia y $5 por correo.',
      body: lexical([
        'Cumplimos la meta de pedidos por correo, así que los copagos de las recetas no suben. En las regiones Noroeste y Washington los montos pueden ser otros, pero tampoco cambian.',
        'Los Campeones de la Farmacia por Correo tuvieron miles de conversaciones en los pisos, los líderes de los miembros hablaron en las reuniones de equipo y 62,000 miembros completaron el curso en línea.',
        'La negociación nacional empieza el 18 de abril.',
      ]),
    },
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
    es: {
      title: 'No habrá pago del PSP de 2022; el empleador acepta un pago único de $500',
      summary:
        'El empleador reportó una pérdida de $4,500 millones en 2022, así que el PSP no pagará. Los líderes de la Coalición consiguieron un pago único de $500 para la mayoría de los miembros, y ya hay fechas para empezar a negociar.',
      body: lexical([
        'Según sus resultados de 2022, el empleador perdió $4,500 millones: $1,300 millones en sus operaciones y $3,200 millones en inversiones. Aun así, sigue teniendo decenas de miles de millones en activos líquidos.',
        'Una de las razones es lo que gasta en personal por contrato: en 2022 pagó más de $2,000 millones a agencias de personal con fines de lucro.',
        { h: 'Quién recibe los $500' },
        'La mayoría de los trabajadores que representa la Coalición recibirá un pago único de $500, que se espera para abril o mayo. Quienes califican para el pago de retención de California recibirán ese pago en lugar de los $500.',
        { h: 'Primeras fechas de negociación' },
        'La negociación nacional empieza del 18 al 20 de abril de 2023. Cambiar la manera en que se paga el PSP está sobre la mesa.',
      ]),
      payouts: [
        { label: 'La mayoría de los trabajadores representados por la Coalición', paymentDate: 'Abril o mayo de 2023' },
        { label: 'Pago de retención de California, tiempo completo (en lugar de los $500)', paymentDate: '2023' },
        { label: 'Pago de retención de California, medio tiempo (en lugar de los $500)', paymentDate: '2023' },
      ],
    },
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
    es: {
      title: 'Bonos de retención en California: hasta $1,500 para quienes califican',
      summary:
        'El presupuesto del estado pagó bonos de retención para los trabajadores de la salud. Quienes califican reciben hasta $1,500 si trabajan tiempo completo y hasta $1,250 si trabajan medio tiempo.',
      body: lexical([
        'California apartó más de $1,000 millones para bonos de retención del personal de salud. El empleador presentó su solicitud antes de la fecha límite del 6 de enero.',
        'Gracias a los miembros de SEIU-UHW: su campaña hizo posible el programa.',
      ]),
      payouts: [{ label: 'Empleados de tiempo completo (hasta)' }, { label: 'Empleados de medio tiempo (hasta)' }],
    },
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
    es: {
      title: 'La Coalición gana un bono de 2021 más alto en las regiones que no alcanzaron el umbral financiero',
      summary:
        '$1,500 para quienes tenían 32 horas o más por semana en su código de 2021 y $1,000 para quienes tenían menos, sin importar el umbral financiero de su región. Se paga en marzo de 2022.',
      body: lexical([
        'Todas las regiones menos el Norte de California quedaron por debajo del “umbral financiero” que el empleador fija para el PSP de 2021. La Coalición pidió el PSP completo en todas partes; el empleador dijo que no, y después mejoró su oferta porque los miembros no se quedaron callados.',
        'Si su propio plan de incentivos paga más de $1,500, usted recibe la cantidad más alta. El personal de guardia (on-call) y por día (per diem) también califica.',
        { h: 'Fechas de contratación' },
        {
          ul: [
            'Sur de California: contratados o recontratados antes del 27 de septiembre de 2021',
            'Noroeste, Hawái, Colorado y Atlántico Medio: contratados o recontratados antes del 2 de octubre de 2021',
            'Norte de California y Washington: sin requisito de fecha de contratación',
          ],
        },
        'Si tiene dudas sobre quién califica, pregúntele al representante de su sindicato local.',
      ]),
      payouts: [
        { label: 'Con 32 horas o más por semana en su código de 2021', paymentDate: 'Marzo de 2022' },
        { label: 'Con menos de 32 horas por semana en su código de 2021', paymentDate: 'Marzo de 2022' },
        { label: 'Sur de California: contratados antes del 27 de sept. de 2021 (32 h o más)' },
        { label: 'Noroeste, Hawái, Colorado y Atlántico Medio: contratados antes del 2 de oct. de 2021 (32 h o más)' },
      ],
    },
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
    es: {
      title: 'Norte de California: el PSP de 2021 se paga según las metas de desempeño',
      summary: 'El Norte de California alcanzó el umbral financiero, así que su PSP de 2021 depende de los resultados de cada área de servicio y de la región en sus metas.',
      body: lexical([
        'Como el Norte de California alcanzó el umbral financiero, el PSP se calcula según cómo le fue a cada área de servicio y a la región en las metas del año. Los detalles llegan a fines de este mes.',
      ]),
    },
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
    es: {
      title: 'La primera oferta de bono de 2021 del empleador se queda corta',
      summary:
        'En una reunión el 4 de febrero, el empleador ofreció en cinco regiones $1,000 a quienes trabajaron 1,800 horas o más en 2021 y $750 a los demás. La Coalición está presionando para conseguir más.',
      body: lexical([
        'Los líderes de la Coalición se reunieron con la gerencia nacional el 4 de febrero y propusieron pagar completo el PSP de 2021. El empleador solo quiso ofrecer un bono menor donde no se alcanzó el umbral financiero.',
        'Si la gerencia les pide a los trabajadores de primera línea que acepten bonos recortados, los gerentes deberían aceptar el mismo recorte, desde los supervisores de departamento hasta los presidentes regionales.',
      ]),
      payouts: [{ label: 'Trabajó 1,800 horas o más en 2021' }, { label: 'Contratado antes del 27 de sept. de 2021, con menos de 1,800 horas trabajadas' }],
    },
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
    es: {
      title: 'Caroline Lucas, nueva directora ejecutiva',
      summary:
        'Caroline Lucas, que llegó a la alianza hace siete años como coordinadora nacional y después fue subdirectora, es la primera mujer que dirige la Coalición.',
      body: lexical([
        'La Junta Ejecutiva nombró a Caroline Lucas para llevar a la Coalición a la Negociación Nacional de 2023. Trae casi veinte años de experiencia en el movimiento sindical.',
        'La Junta también le dio las gracias a Steven Ward, que se jubila después de dos años al frente y treinta en el movimiento. Con él, la Coalición ganó buenos beneficios por COVID y pagos del PSP más altos.',
      ]),
    },
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
    es: {
      title: 'Tiempo pagado para ponerse el refuerzo contra el COVID-19',
      summary:
        'Del 19 de noviembre de 2021 al 1 de mayo de 2022: dos horas pagadas para recibir la dosis de refuerzo y ocho horas de licencia por COVID si un médico confirma una reacción adversa.',
      body: lexical([
        'La Coalición consiguió más tiempo libre para las dosis de refuerzo. Del 19 de noviembre de 2021 al 1 de mayo de 2022, todos los empleados tienen:',
        { ul: ['2 horas de tiempo administrativo pagado para recibir el refuerzo', '8 horas de licencia pagada por COVID después de una reacción adversa confirmada por un médico'] },
      ]),
    },
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
    es: {
      title: 'El personal de enfermería llega a un acuerdo tentativo: qué significa para nosotros',
      summary:
        'La Asociación de Enfermeras de California (CNA) llegó a un acuerdo tentativo con aumentos del 22.5% en cuatro años. Nuestra propia negociación nacional empieza el año que viene.',
      body: lexical([
        'Después de meses de acciones y una votación de huelga casi unánime, los miembros de CNA ganaron aumentos de sueldo del 22.5% en cuatro años, mejores beneficios médicos para los jubilados y más puestos para recién graduados.',
        'Un contrato para un solo grupo no va a resolver la falta de personal. Desde servicios ambientales (EVS) y nutrición hasta esterilización, laboratorios y programación de turnos, cada puesto mantiene las puertas abiertas.',
      ]),
    },
  },
  {
    title: 'Standing with IFPTE Local 20 against an attack on sympathy strikes',
    summary: 'The employer sued IFPTE Local 20 over members’ right to honor picket lines. Coalition unions stand together.',
    publishedAt: '2022-12-05T15:00:00.000Z',
    topics: ['solidarity'],
    regions: ['ncal'],
    locals: ['IFPTE Local 20'],
    body: lexical(['The lawsuit targets the right to sympathy strike. An attack on one union is an attack on all of us.']),
    es: {
      title: 'Junto a IFPTE Local 20 frente a un ataque a las huelgas de solidaridad',
      summary: 'El empleador demandó a IFPTE Local 20 por el derecho de sus miembros a respetar las líneas de piquete. Los sindicatos de la Coalición estamos unidos.',
      body: lexical(['La demanda va contra el derecho a la huelga de solidaridad. Un ataque contra un sindicato es un ataque contra todos nosotros.']),
    },
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
