import type { RegionCode } from '../regions'

/** `es`: the local's name on the Spanish site, where the union has a natural one (the others keep theirs). */
export const LOCALS: Array<{ name: string; shortName: string; affiliation: string; regions: RegionCode[]; es?: string }> = [
  {
    name: 'Office and Professional Employees International Union, Local 29',
    es: 'Sindicato Internacional de Empleados Profesionales y de Oficina, Local 29',
    shortName: 'OPEIU Local 29',
    affiliation: 'OPEIU',
    regions: ['ncal'],
  },
  {
    name: 'International Federation of Professional and Technical Engineers, Local 20',
    es: 'Federación Internacional de Ingenieros Profesionales y Técnicos, Local 20',
    shortName: 'IFPTE Local 20',
    affiliation: 'IFPTE',
    regions: ['ncal'],
  },
  {
    name: 'Service Employees International Union – United Healthcare Workers West',
    es: 'Sindicato Internacional de Empleados de Servicios – Trabajadores Unidos de la Salud del Oeste',
    shortName: 'SEIU-UHW',
    affiliation: 'SEIU',
    regions: ['ncal', 'scal'],
  },
  { name: 'SEIU Healthcare 1199NW', shortName: 'SEIU Healthcare 1199NW', affiliation: 'SEIU', regions: ['wa'] },
  { name: 'SEIU Local 49', shortName: 'SEIU Local 49', affiliation: 'SEIU', regions: ['nw'] },
  { name: 'SEIU Local 105', shortName: 'SEIU Local 105', affiliation: 'SEIU', regions: ['co'] },
]
