import type { Messages } from '../types'

export const members: Messages['members'] = {}
