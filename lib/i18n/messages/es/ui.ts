import type { Messages } from '../types'

export const ui: Messages['ui'] = {
  opensNewTab: ' (se abre en una pestaña nueva)',
  linkBadge: 'ENLACE',
  fileBadge: 'ARCHIVO',
  opensAnotherSite: 'Abre otro sitio',
  subscribe: 'Suscribirse',
  rssBadge: 'RSS',
  icsBadge: 'ICS',
  membersOnly: 'Solo para miembros',
  previewMode: 'Modo de vista previa',
  previewLabel: 'Vista previa:',
  previewText: 'está viendo cambios sin publicar',
  exitPreview: 'Salir de la vista previa',
}
