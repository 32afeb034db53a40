import type { Lang } from '@/lib/i18n/languages'

// The alert panel's words in the admin's two languages (Payload's own admin text is translated too).
export type AlertPanelText = {
  saveFirst: string
  loading: string
  unavailable: string
  off: string
  willSend: string
  notSent: string
  sendsAt: (time: string) => string
  sendingNow: string
  sending: (n: number, count: string) => string
  sent: (n: number, count: string, when: string) => string
  toGo: (count: string) => string
  failed: (count: string) => string
  bounced: (n: number, count: string) => string
  cancelled: (count: string) => string
  preview: string
  previewNote: string
  test: string
  testSending: string
  testSent: (address: string) => string
}

export const alertPanelText: Record<Lang, AlertPanelText> = {
  en: {
    saveFirst: 'Save this item to preview its e-mail.',
    loading: 'Checking this item’s alert…',
    unavailable: 'Could not reach the server. Please try again in a minute.',
    off: 'No alert: tick the box above to e-mail members when this is published.',
    willSend: 'An alert will go to members when this is published.',
    notSent: 'No alert went out when this was published.',
    sendsAt: (time) => `Sends at ${time}.`,
    sendingNow: 'Sending now.',
    sending: (n, count) => `Sending to ${count} ${n === 1 ? 'member' : 'members'}`,
    sent: (n, count, when) => `Sent to ${count} ${n === 1 ? 'member' : 'members'}${when ? ` on ${when}` : ''}`,
    toGo: (count) => `${count} still to send`,
    failed: (count) => `${count} failed`,
    bounced: (n, count) => `${count} refused ${n === 1 ? 'address' : 'addresses'}`,
    cancelled: (count) => `${count} cancelled`,
    preview: 'Preview e-mail:',
    previewNote: 'From the last saved draft, as members would get it. Its unsubscribe and preferences links work in real e-mails.',
    test: 'Send me a test',
    testSending: 'Sending a test…',
    testSent: (address) => `Test sent to ${address}.`,
  },
  es: {
    saveFirst: 'Guarde este elemento para ver su correo.',
    loading: 'Consultando la alerta de este elemento…',
    unavailable: 'No se pudo contactar al servidor. Inténtelo de nuevo en un minuto.',
    off: 'Sin alerta: marque la casilla de arriba para enviar un correo a los miembros al publicarlo.',
    willSend: 'Se enviará una alerta a los miembros cuando se publique.',
    notSent: 'No se envió ninguna alerta al publicarlo.',
    sendsAt: (time) => `Se envía a las ${time}.`,
    sendingNow: 'Enviándose ahora.',
    sending: (n, count) => `Enviándose a ${count} ${n === 1 ? 'miembro' : 'miembros'}`,
    sent: (n, count, when) => `Enviada a ${count} ${n === 1 ? 'miembro' : 'miembros'}${when ? ` el ${when}` : ''}`,
    toGo: (count) => `faltan ${count}`,
    failed: (count) => `${count} fallidos`,
    bounced: (n, count) => `${count} ${n === 1 ? 'dirección rechazada' : 'direcciones rechazadas'}`,
    cancelled: (count) => `${count} cancelados`,
    preview: 'Vista previa del correo:',
    previewNote: 'Del último borrador guardado, tal como lo recibirían los miembros. Los enlaces para darse de baja y de preferencias funcionan en los correos reales.',
    test: 'Enviarme una prueba',
    testSending: 'Enviando una prueba…',
    testSent: (address) => `Prueba enviada a ${address}.`,
  },
}
