import type { Messages } from '../types'

export const contact: Messages['contact'] = {}
