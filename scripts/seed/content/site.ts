import type { SpanishSite } from '../spanish'

export const SITE = {
  name: 'Coalition of Kaiser Permanente Unions',
  tagline: '85,000 healthcare workers. Twelve unions. One voice.',
  memberCount: 85000,
  localCount: 12,
  foundedYear: 1996,
  statesServed: ['California', 'Colorado', 'Oregon', 'District of Columbia', 'Hawaii', 'Maryland', 'Virginia', 'Washington'],
  offices: [
    { label: 'Washington, DC office', street: '1775 K Street, Suite 390', city: 'Washington', state: 'DC', postalCode: '20006', phone: '(202) 844-1520' },
    { label: 'Oakland office', street: '1 Kaiser Plaza, 21st Floor', city: 'Oakland', state: 'CA', postalCode: '94612', phone: '(510) 267-2158' },
  ],
  footerNote: 'The portal of the Coalition’s member unions. Questions about your contract? Contact your local union representative.',
}

export const SITE_ES: SpanishSite = {
  tagline: '85,000 trabajadores de la salud. Doce sindicatos. Una sola voz.',
  offices: [{ label: 'Oficina de Washington, DC' }, { label: 'Oficina de Oakland' }],
  footerNote: 'El portal de los sindicatos que forman la Coalición. ¿Tiene preguntas sobre su contrato? Hable con el representante de su sindicato local.',
}
