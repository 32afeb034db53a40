import type { Messages } from '../types'

export const regions: Messages['regions'] = {
  kicker: 'Región',
  description: (region) => `Noticias, negociación y campañas para los miembros de ${region}.`,
  lead: (region) => `Todo para los miembros de ${region}, además de las noticias de toda la coalición.`,
  covers: (states) => `Abarca ${states}.`,
  makeMine: (region) => `Elegir ${region} como mi región`,
  feedTitle: (region) => `Noticias de ${region}`,
  feedLink: (region) => `Canal de noticias de ${region}`,
  whatsNew: 'Lo más reciente',
  noNews: (region) => `Todavía no hay noticias de ${region}.`,
  localsHeading: 'Sindicatos locales de la región',
  takeAction: 'Participe',
  allCampaigns: 'Todas las campañas',
  showing: 'Se muestra:',
  plusCoalitionWide: '+ toda la coalición',
  changeRegion: 'Cambiar de región',
  showAll: 'Ver todas las regiones',
  showingEvery: 'Se muestran noticias de todas las regiones.',
  chooseRegion: 'Elija su región',
}
