import type { Messages } from '../types'

export const campaigns: Messages['campaigns'] = {}
