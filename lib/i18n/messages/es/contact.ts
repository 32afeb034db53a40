import type { Messages } from '../types'

export const contact: Messages['contact'] = {
  title: 'Contacto',
  description: 'Oficinas de la coalición, números de teléfono y dónde recibir ayuda con su contrato.',
  heading: 'Contáctenos',
  lead: 'Si tiene preguntas sobre su contrato, su pago o su horario, la manera más rápida de recibir ayuda es hablar con el representante de su sindicato local. Para comunicarse con la coalición, use los datos de nuestras oficinas que aparecen abajo.',
  officesHeading: 'Nuestras oficinas',
  officesEmpty: 'Muy pronto publicaremos los datos de nuestras oficinas.',
  followHeading: 'Síganos',
  call: (phone) => `Llamar al ${phone}`,
  map: 'Mapa',
  mapOf: (office) => `: ${office}`,
}
