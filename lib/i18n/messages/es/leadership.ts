import type { Messages } from '../types'

export const leadership: Messages['leadership'] = {}
