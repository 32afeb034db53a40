import type { StaffRole } from '@/lib/auth/roles'

import type { RegionCode } from './regions'

/** Development-only accounts, listed in the README. Never seeded when NODE_ENV=production. */
export const DEMO_STAFF: Array<{
  email: string
  password: string
  name: string
  role: StaffRole
  regions: RegionCode[]
}> = [
  { email: 'admin@coalition.test', password: 'Demo-admin-2026!', name: 'Demo Admin', role: 'admin', regions: [] },
  { email: 'comms@coalition.test', password: 'Demo-comms-2026!', name: 'Demo Communications', role: 'communications', regions: [] },
  { email: 'ncal.editor@coalition.test', password: 'Demo-ncal-2026!', name: 'Demo NCAL Editor', role: 'regional', regions: ['ncal'] },
]
