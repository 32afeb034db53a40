import type { Messages } from '../types'

export const errors: Messages['errors'] = {
  notFoundTitle: 'Página no encontrada',
  notFoundHeading: 'No encontramos esa página',
  notFoundLead: 'Es posible que la hayan movido o que el enlace tenga un error. Intente buscarla, o empiece por una de estas páginas.',
  notFoundHome: 'Inicio',
  notFoundLatest: 'Últimas noticias',
  notFoundAllNews: 'Todas las noticias',

  errorHeading: 'Algo salió mal',
  errorText: 'Esta página no se pudo cargar en este momento. No es por nada que usted haya hecho. Por favor, vuelva a intentarlo en un momento.',
  globalErrorText: 'El sitio no se pudo cargar en este momento. No es por nada que usted haya hecho. Por favor, vuelva a intentarlo en un momento.',
  retry: 'Volver a intentar',
  goHome: 'Ir a la página de inicio',
  reference: (digest) => `Referencia: ${digest}`,

  formCorrectFields: 'Por favor, corrija los campos marcados.',
  formChooseFromList: 'Elija una opción de la lista',
  formUnusualCharacters: 'Quite los caracteres poco comunes de este campo',
}
