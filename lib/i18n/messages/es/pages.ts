import type { Messages } from '../types'

export const pages: Messages['pages'] = {}
