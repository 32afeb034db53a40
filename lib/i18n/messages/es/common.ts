import type { Messages } from '../types'

export const common: Messages['common'] = {
  siteDescription: 'Noticias, avances de la negociación y campañas para los trabajadores de la salud de la coalición.',
  onlyInEnglish: 'Disponible solo en inglés',
}
