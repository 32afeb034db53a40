import type { Messages } from '../types'

export const pages: Messages['pages'] = {
  aboutTitle: 'Quiénes somos',
  aboutKicker: 'Sobre nosotros',
}
