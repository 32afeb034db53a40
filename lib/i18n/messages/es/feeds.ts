import type { Messages } from '../types'

export const feeds: Messages['feeds'] = {}
