// How often each action may be tried, per client IP and per account (e-mail or member id).
// Generous per IP because a hospital's staff often share one address behind NAT: a union meeting of a
// few hundred people signing the same letter, or a shift change signing in, must not be turned away.
export type Limit = { points: number; windowSeconds: number }

export const LIMITS = {
  signup: { ip: { points: 20, windowSeconds: 3600 }, account: { points: 3, windowSeconds: 3600 } },
  // Account: failed passwords per account and client address (collections/shared/hooks/accountRules.ts);
  // Payload's lock (SIGN_IN_LOCK) is the ceiling per account from everywhere.
  login: { ip: { points: 100, windowSeconds: 600 }, account: { points: 5, windowSeconds: 900 } },
  passwordReset: { ip: { points: 20, windowSeconds: 3600 }, account: { points: 3, windowSeconds: 3600 } },
  magicLink: { ip: { points: 20, windowSeconds: 3600 }, account: { points: 5, windowSeconds: 3600 } },
  sign: { ip: { points: 300, windowSeconds: 600 }, account: { points: 30, windowSeconds: 600 } },
  story: { ip: { points: 10, windowSeconds: 3600 }, account: { points: 5, windowSeconds: 3600 } },
  // The admin's "Send me a test" of an alert (account: the staff member): a few checks, not a mailing.
  alertTest: { ip: { points: 30, windowSeconds: 60 }, account: { points: 5, windowSeconds: 60 } },
} as const satisfies Record<string, { ip: Limit; account: Limit }>

export type LimitedAction = keyof typeof LIMITS

/**
 * Payload's own lock: this many failed passwords for one account, from anywhere, lock its password
 * sign-in for the window (answered like a 429 above). Higher than the per-address count, so one
 * guesser cannot lock a member out; the e-mailed sign-in link keeps working while it lasts.
 */
export const SIGN_IN_LOCK = { maxLoginAttempts: 20, lockTime: 15 * 60 * 1000 } as const
