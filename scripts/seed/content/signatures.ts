import type { RegionCode } from '../regions'

// Demo signers of the open letter, spread over the regions and their locals (hi and mas have none).
const PLACES: Array<{ region: RegionCode; local?: string }> = [
  { region: 'ncal', local: 'OPEIU Local 29' },
  { region: 'ncal', local: 'IFPTE Local 20' },
  { region: 'ncal', local: 'SEIU-UHW' },
  { region: 'scal', local: 'SEIU-UHW' },
  { region: 'scal' },
  { region: 'wa', local: 'SEIU Healthcare 1199NW' },
  { region: 'nw', local: 'SEIU Local 49' },
  { region: 'co', local: 'SEIU Local 105' },
  { region: 'hi' },
  { region: 'mas' },
]
const FIRST = ['Alicia', 'Bao', 'Carmen', 'Darnell', 'Esther', 'Farid', 'Grace', 'Hector', 'Imani', 'Jorge', 'Keiko', 'Luis', 'Mei', 'Nadia', 'Omar', 'Priya', 'Quinn', 'Rosa', 'Samuel', 'Tanya']
const LAST = ['Alvarez', 'Brooks', 'Chen', 'Diaz', 'Evans', 'Fofanah', 'Garcia', 'Huang', 'Ibrahim', 'Johnson', 'Kim', 'Lopez', 'Mendoza', 'Nguyen', 'Ortiz', 'Patel', 'Reyes', 'Singh', 'Tran', 'Walker']
const COMMENTS = ['Staff up so we can care for our patients.', 'Partnership has to mean something on my unit.', 'Twenty years in the lab. We need more hands.', 'Keep the commitments you made to us.']

export type DemoSigner = { name: string; email: string; region: RegionCode; local?: string; comment?: string; consentToContact: boolean; createdAt: string }

/** `count` distinct people (count ≤ 400), the same ones on every run; they signed over the letter's first three weeks. */
export function demoSigners(count: number): DemoSigner[] {
  const start = Date.parse('2024-09-20T16:00:00.000Z')
  return Array.from({ length: count }, (_, index) => {
    const first = FIRST[index % FIRST.length]!
    // The next block of twenty pairs each first name with the following surname, so no pair repeats.
    const last = LAST[(index + Math.floor(index / FIRST.length)) % LAST.length]!
    return {
      name: `${first} ${last}`,
      email: `${first}.${last}@signers.coalition.test`.toLowerCase(),
      ...PLACES[index % PLACES.length]!,
      comment: index % 5 === 0 ? COMMENTS[(index / 5) % COMMENTS.length] : undefined,
      consentToContact: index % 3 !== 0,
      createdAt: new Date(start + index * 11 * 60 * 60 * 1000).toISOString(),
    }
  })
}
