import type { Messages } from '../types'

export const feeds: Messages['feeds'] = {
  whatsNewTitle: 'Novedades',
  whatsNewDescription: (site: string) => `Noticias, negociación y campañas de ${site}.`,
  newsTitle: 'Noticias',
  newsDescription: (site: string) => `Anuncios de ${site}.`,
  bargainingTitle: 'Avances de la negociación',
  bargainingDescription: (site: string) => `Informes de cada sesión y próximas fechas de ${site}.`,
  regionDescription: (region: string, site: string) => `Noticias de ${region} y de toda la coalición, de ${site}.`,
  regionNotFound: 'Esa región no existe.',
  membersOnlyTitle: (title: string) => `${title} (solo para miembros)`,
  membersOnlyCategory: 'Solo para miembros',
  calendarName: 'Sesiones de negociación',
  calendarNextSession: (table: string) => `${table}: próxima sesión de negociación`,
}
