export type PetitionErrorCode = 'invalid' | 'not-found' | 'closed' | 'rate-limited' | 'unavailable'

const STATUS: Record<PetitionErrorCode, number> = { invalid: 400, 'not-found': 404, closed: 409, 'rate-limited': 429, unavailable: 503 }

/** A refusal the signer should read: a code for programs, a sentence for people, field messages for forms. */
export class PetitionError extends Error {
  readonly status: number
  constructor(
    readonly code: PetitionErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message)
    this.status = STATUS[code]
  }
}
