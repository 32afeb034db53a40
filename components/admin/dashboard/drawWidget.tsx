import type { PayloadRequest } from 'payload'
import type { ReactNode } from 'react'

import { staffUser } from '@/lib/auth/viewer'
import type { User } from '@/payload-types'

import { WidgetError } from './WidgetCard'

/**
 * A widget for the staff member viewing it: its data read as them, then drawn. Nothing for anyone
 * else; if the read fails, it is logged and the widget says so while the rest of the dashboard renders.
 */
export async function drawWidget<T>(req: PayloadRequest, id: string, title: string, read: (user: User) => Promise<T>, draw: (data: T, user: User) => ReactNode): Promise<ReactNode> {
  const user = staffUser(req)
  if (!user) return null
  let data: T
  try {
    data = await read(user)
  } catch (error) {
    req.payload.logger.error({ err: error, widget: id }, 'dashboard widget failed')
    return <WidgetError id={id} title={title} />
  }
  return draw(data, user)
}
