export const REGIONS = [
  { code: 'ncal', name: 'Northern California', states: ['California'] },
  { code: 'scal', name: 'Southern California', states: ['California'] },
  { code: 'nw', name: 'Northwest', states: ['Oregon', 'Southwest Washington'] },
  { code: 'wa', name: 'Washington', states: ['Washington'] },
  { code: 'hi', name: 'Hawaii', states: ['Hawaii'] },
  { code: 'co', name: 'Colorado', states: ['Colorado'] },
  { code: 'mas', name: 'Mid-Atlantic States', states: ['District of Columbia', 'Maryland', 'Virginia'] },
] as const

export type RegionCode = (typeof REGIONS)[number]['code']
