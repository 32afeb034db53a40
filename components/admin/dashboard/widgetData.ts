import type { PayloadRequest } from 'payload'

import { staffUser } from '@/lib/auth/viewer'
import type { User } from '@/payload-types'

/**
 * A widget's data for the staff member viewing it, or why there is none: 'signed-out' (not staff),
 * 'failed' (logged; the widget says so and the rest of the dashboard still renders).
 */
export async function widgetData<T>(req: PayloadRequest, widget: string, read: (user: User) => Promise<T>): Promise<{ data: T; user: User } | 'signed-out' | 'failed'> {
  const user = staffUser(req)
  if (!user) return 'signed-out'
  try {
    return { data: await read(user), user }
  } catch (error) {
    req.payload.logger.error({ err: error, widget }, 'dashboard widget failed')
    return 'failed'
  }
}
