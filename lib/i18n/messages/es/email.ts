import type { Messages } from '../types'

export const email: Messages['email'] = {
  greeting: (name) => `Hola, ${name}:`,

  confirmSubject: 'Confirme su correo electrónico',
  confirmText: 'Para terminar de inscribirse en el Portal de la Coalición, solo falta confirmar su dirección de correo electrónico.',
  confirmLink: 'Confirmar mi correo',

  magicLinkSubject: 'Su enlace para iniciar sesión',
  magicLinkText: 'Con este enlace entra al Portal de la Coalición. Sirve una sola vez y vence en 15 minutos.',
  magicLinkIgnore: 'Si usted no lo pidió, puede ignorar este correo.',
  magicLinkLink: 'Iniciar sesión',

  signatureSubject: (campaign) => `Recibimos su firma: ${campaign}`,
  signatureThanks: (name, campaign) => `Gracias, ${name}. Su firma en “${campaign}” ya cuenta.`,
  signatureShare: 'Comparta la campaña',

  storyVideo: 'Historia en video',
  storyPhoto: 'Historia con foto',
  storyUntitled: 'Historia',
  storyApprovedSubject: 'Ya publicamos su historia',
  storyApprovedText: (story, anonymous) =>
    `Gracias: su historia “${story}” ya está publicada en el Portal de la Coalición${anonymous ? ', sin su nombre, como usted lo pidió' : ''}.`,
  storyApprovedShare: 'Si la comparte con sus compañeros de trabajo, anima a otros a contar lo que viven.',
  storyApprovedLink: 'Leer las historias',
  storyEditSubject: 'Su historia: un cambio antes de publicarla',
  storyEditText: (story, withNote) => `Gracias por su historia “${story}”. Antes de publicarla, nuestro equipo le pide un cambio${withNote ? ':' : '.'}`,
  storyEditNoteOnAccount: 'Esta nota también está en la página de su cuenta, para cuando la necesite.',
  storyRejectedSubject: 'Sobre la historia que nos compartió',
  storyRejectedText: (story) =>
    `Gracias por tomarse el tiempo de contarnos su historia “${story}”. Leemos cada historia con cuidado y decidimos no publicar esta en el portal.`,
  storyRejectedWelcome:
    'Esto no es un juicio sobre lo que usted vivió: lo que nos contó ayuda a nuestro equipo a entender lo que pasa en el trabajo, y siempre puede compartir otra historia.',
  accountLink: 'Abrir mi cuenta',

  portalName: 'Portal de la Coalición',

  footerPreferences: 'Elegir qué correos quiere recibir',
  footerUnsubscribe: 'Dejar de recibir estos correos',

  membersOnly: 'Solo para miembros',
  membersOnlyText: 'Esta publicación es para los miembros de los sindicatos de la coalición. Inicie sesión para leerla completa.',
  signInToRead: 'Inicie sesión para leerla',

  alertSubjectBargaining: (title) => `Novedad de la negociación: ${title}`,
  alertSubjectAction: (title) => `Es momento de actuar: ${title}`,
  alertKindBargaining: 'Novedad de la negociación',
  alertKindAction: 'Es momento de actuar',
  alertPublished: (date) => `Publicado el ${date}`,
  alertReadOnSite: 'Leerla en el Portal de la Coalición',

  digestSubjectRegion: (region) => `Esta semana para los miembros de ${region}`,
  digestSubjectCoalition: 'Esta semana en toda la coalición',
  digestWeekOf: (date) => `Semana del ${date}`,
  digestSectionBargaining: 'Novedades de la negociación',
  digestSectionCampaigns: 'Campañas',
  digestSectionAnnouncements: 'Anuncios',
  digestSectionStories: 'Historias de los miembros',
}
