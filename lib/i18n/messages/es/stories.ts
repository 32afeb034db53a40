import type { Messages } from '../types'

export const stories: Messages['stories'] = {
  title: 'Historias de los miembros',
  description: 'Historias de trabajadores de la salud de los sindicatos de la coalición.',
  lead: 'Cómo es de verdad el trabajo, contado por los propios miembros.',
  shareLink: 'Comparta su historia',
  empty: 'Todavía no hay historias publicadas. Sea la primera persona en compartir la suya.',

  shareTitle: 'Comparta su historia',
  signInFirstLead: 'Las historias vienen de los miembros, por eso le pedimos que inicie sesión primero.',
  signInLink: 'Inicie sesión',
  signInOr: ' o ',
  signUpLink: 'regístrese',
  signInToShare: ' para compartir su historia.',
  formLead: 'Unas cuantas frases, una foto o un video de 60 segundos sobre su trabajo. Nuestro equipo lee cada historia antes de publicarla.',

  // Privacidad de los pacientes: nada que permita reconocer a un paciente, ni en el texto ni en la imagen.
  privacyReminder:
    'Por favor, no incluya nombres de pacientes ni ningún dato que permita identificar a un paciente: ni nombres, ni fechas de nacimiento, ni números de expediente médico, ni rostros.',
  titleLabel: 'Título (opcional)',
  textLabel: 'Su historia',
  textHint: (max) => `Hasta ${max} caracteres. También puede agregar una foto o un video corto abajo.`,
  fileLabel: 'Foto o video (opcional)',
  fileHint: 'JPEG, PNG o WebP de hasta 10 MB; MP4, WebM o MOV de hasta 50 MB.',
  regionLabel: 'Región',
  localLabel: 'Sindicato local (opcional)',
  campaignLabel: 'Campaña (opcional)',
  campaignNone: 'Ninguna',
  consentLabel: 'Autorizo a la coalición a publicar mi historia (después de revisarla).',
  anonymousLabel: 'Publicarla sin mi nombre.',
  sending: 'Enviando…',
  submit: 'Compartir mi historia',

  untitled: 'La historia de un miembro',
  anonymousByline: 'Un miembro',
  photoAlt: (title) => `Foto de “${title}”`,
  photoAltUntitled: 'Foto compartida con la historia',

  received: '¡Gracias! Su historia ya está con nuestro equipo; le avisaremos cuando se publique.',
  errorTitleTooLong: 'El título debe tener menos de 120 caracteres',
  errorTextTooLong: 'Su historia debe tener menos de 5,000 caracteres',
  errorConsent: 'Marque esta casilla para que podamos publicar su historia',
  errorTextOrFile: 'Escriba su historia o agregue una foto o un video',
  errorTextOrFileForm: 'Escriba su historia o agregue una foto o un video.',
  errorFileType: 'Suba una foto (JPEG, PNG o WebP) o un video (MP4, WebM o MOV).',
  errorPhotoTooLarge: 'Ese archivo es demasiado grande: las fotos pueden pesar hasta 10 MB.',
  errorVideoTooLarge: 'Ese archivo es demasiado grande: los videos pueden pesar hasta 50 MB.',
  errorUnreadablePhoto: 'No pudimos leer esa foto. Guárdela de nuevo como JPEG, PNG o WebP e inténtelo otra vez.',
}
