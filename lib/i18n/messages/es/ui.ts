import type { Messages } from '../types'

export const ui: Messages['ui'] = {}
