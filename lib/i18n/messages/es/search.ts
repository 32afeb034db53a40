import type { Messages } from '../types'

export const search: Messages['search'] = {
  title: 'Buscar',
  description: 'Busque noticias, avances de la negociación, campañas y páginas.',
  formLabel: 'Buscar noticias, avances de la negociación, campañas y páginas',
  titleWithQuery: (query) => `Búsqueda: ${query}`,
  unreadable: 'No pudimos leer esa búsqueda.',
  errorTooLong: 'La búsqueda puede tener como máximo 100 caracteres.',
  resultCount: (count, total) => `${count} ${total === 1 ? 'resultado' : 'resultados'}`,
  moreThan: (count) => `Más de ${count} resultados`,
  inKind: (kind) => ` en ${kind}`,
  forRegion: (region) => ` de la región ${region}`,
  kindNews: 'Noticias',
  kindBargaining: 'Negociación',
  kindCampaign: 'Campaña',
  kindLeadership: 'Liderazgo',
  kindPage: 'Página',
  nothing: (query) => `No encontramos nada para “${query}”. Intente con menos palabras o con otras distintas.`,
  pagesLabel: 'Páginas de resultados',
}
