import type { Messages } from '../types'

export const bargaining: Messages['bargaining'] = {}
