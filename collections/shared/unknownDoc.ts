import type { TypeWithID } from 'payload'

/**
 * A document of whichever collection a shared hook or field is registered on. No generated type fits
 * them all, and Payload's default (`any`) hides mistakes: each field is `unknown` until checked.
 */
export type UnknownDoc = TypeWithID & Record<string, unknown>
