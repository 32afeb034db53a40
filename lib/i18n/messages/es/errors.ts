import type { Messages } from '../types'

export const errors: Messages['errors'] = {}
