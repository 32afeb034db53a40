// How often each action may be tried, per client IP and per account (e-mail or member id).
// Generous per IP because a hospital's staff often share one address behind NAT: a union meeting of a
// few hundred people signing the same letter, or a shift change signing in, must not be turned away.
export type Limit = { points: number; windowSeconds: number }

export const LIMITS = {
  signup: { ip: { points: 20, windowSeconds: 3600 }, account: { points: 3, windowSeconds: 3600 } },
  // The account limit matches Payload's lock (5 failures, 15 minutes) and answers first, with the same
  // message whether or not the account exists.
  login: { ip: { points: 100, windowSeconds: 600 }, account: { points: 5, windowSeconds: 900 } },
  passwordReset: { ip: { points: 20, windowSeconds: 3600 }, account: { points: 3, windowSeconds: 3600 } },
  magicLink: { ip: { points: 20, windowSeconds: 3600 }, account: { points: 5, windowSeconds: 3600 } },
  sign: { ip: { points: 300, windowSeconds: 600 }, account: { points: 30, windowSeconds: 600 } },
  story: { ip: { points: 10, windowSeconds: 3600 }, account: { points: 5, windowSeconds: 3600 } },
} as const satisfies Record<string, { ip: Limit; account: Limit }>

export type LimitedAction = keyof typeof LIMITS
