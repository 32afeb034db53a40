import type { Messages } from '../types'

export const home: Messages['home'] = {
  atAGlanceHeading: 'Nuestra coalición',
  factMembers: 'miembros',
  factLocals: 'sindicatos locales',
  factSince: 'unidos desde',
  ourLeaders: 'Nuestros líderes',
  contactUs: 'Contáctenos',
  whatsNew: 'Lo más reciente',
  allNews: 'Todas las noticias',
  nothingNew: 'Todavía no hay novedades. Vuelva pronto.',
  nothingNewIn: (region) => `Todavía no hay novedades para ${region}. Vuelva pronto.`,
  takeAction: 'Participe',
  allCampaigns: 'Todas las campañas',
  loadingRegion: 'Cargando las noticias de su región…',
}
