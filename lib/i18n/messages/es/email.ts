import type { Messages } from '../types'

export const email: Messages['email'] = {}
