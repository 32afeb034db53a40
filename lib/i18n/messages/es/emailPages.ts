import type { Messages } from '../types'

export const emailPages: Messages['emailPages'] = {
  preferencesTitle: 'Sus preferencias de correo',
  preferencesLead: (name) => `Hola, ${name}. Elija qué correos quiere recibir de nosotros. No hace falta iniciar sesión.`,
  saveChoices: 'Guardar mis preferencias',
  saving: 'Guardando…',
  saved: 'Listo, guardamos sus preferencias. Se aplican desde el próximo correo.',
  savedNone: 'Listo. Ya no le enviaremos alertas ni resúmenes. Puede volver a activarlos aquí cuando quiera.',

  unsubscribeTitle: 'Cancelar la suscripción',
  askBargaining: '¿Quiere dejar de recibir por correo las novedades de la negociación? Sus demás preferencias de correo no cambian.',
  askActions: '¿Quiere dejar de recibir por correo las alertas de acción urgente? Sus demás preferencias de correo no cambian.',
  askDigest: '¿Quiere dejar de recibir el resumen semanal de su región? Sus demás preferencias de correo no cambian.',
  askAll: '¿Quiere dejar de recibir todas nuestras alertas y resúmenes? Los correos que necesita su cuenta, como los enlaces para iniciar sesión, le seguirán llegando.',
  unsubscribe: 'Cancelar la suscripción',
  unsubscribing: 'Cancelando…',
  offBargaining: 'Listo: ya no recibirá por correo las novedades de la negociación.',
  offActions: 'Listo: ya no recibirá por correo las alertas de acción urgente.',
  offDigest: 'Listo: ya no recibirá el resumen semanal.',
  offAll: 'Listo: ya no recibirá nuestras alertas ni resúmenes.',
  changedMind: '¿Cambió de opinión o quiere cambiar otros correos? ',
  manageChoices: 'Administre sus preferencias de correo',

  invalidTitle: 'Este enlace no funciona',
  invalidText:
    'Puede que se haya cortado o modificado en el camino. Pruebe el enlace de un correo reciente o inicie sesión y cambie sus preferencias de correo en su cuenta.',
  expiredTitle: 'Este enlace ya venció',
  expiredText:
    'Los enlaces de nuestros correos sirven durante un año. Pruebe el enlace de un correo más reciente o inicie sesión y cambie sus preferencias de correo en su cuenta.',
  goneTitle: 'Esta cuenta ya no existe',
  goneText: 'No enviamos correos a las cuentas eliminadas. ¿Quiere volver a saber de nosotros? ',
  signInToManage: 'Inicie sesión para administrar sus correos',
}
