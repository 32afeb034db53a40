import type { Messages } from '../types'

export const search: Messages['search'] = {}
