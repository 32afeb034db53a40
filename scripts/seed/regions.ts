/** `es`: the region's name on the Spanish site. */
export const REGIONS = [
  { code: 'ncal', name: 'Northern California', es: 'Norte de California', states: ['California'] },
  { code: 'scal', name: 'Southern California', es: 'Sur de California', states: ['California'] },
  { code: 'nw', name: 'Northwest', es: 'Noroeste', states: ['Oregon', 'Southwest Washington'] },
  { code: 'wa', name: 'Washington', es: 'Washington', states: ['Washington'] },
  { code: 'hi', name: 'Hawaii', es: 'Hawái', states: ['Hawaii'] },
  { code: 'co', name: 'Colorado', es: 'Colorado', states: ['Colorado'] },
  { code: 'mas', name: 'Mid-Atlantic States', es: 'Estados del Atlántico Medio', states: ['District of Columbia', 'Maryland', 'Virginia'] },
] as const

export type RegionCode = (typeof REGIONS)[number]['code']
