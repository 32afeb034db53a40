/** `es`: the region's name on the Spanish site. `timeZone`: where its weekly digest's hour is kept. */
export const REGIONS = [
  { code: 'ncal', name: 'Northern California', es: 'Norte de California', states: ['California'], timeZone: 'America/Los_Angeles' },
  { code: 'scal', name: 'Southern California', es: 'Sur de California', states: ['California'], timeZone: 'America/Los_Angeles' },
  { code: 'nw', name: 'Northwest', es: 'Noroeste', states: ['Oregon', 'Southwest Washington'], timeZone: 'America/Los_Angeles' },
  { code: 'wa', name: 'Washington', es: 'Washington', states: ['Washington'], timeZone: 'America/Los_Angeles' },
  { code: 'hi', name: 'Hawaii', es: 'Hawái', states: ['Hawaii'], timeZone: 'Pacific/Honolulu' },
  { code: 'co', name: 'Colorado', es: 'Colorado', states: ['Colorado'], timeZone: 'America/Denver' },
  { code: 'mas', name: 'Mid-Atlantic States', es: 'Estados del Atlántico Medio', states: ['District of Columbia', 'Maryland', 'Virginia'], timeZone: 'America/New_York' },
] as const

export type RegionCode = (typeof REGIONS)[number]['code']
