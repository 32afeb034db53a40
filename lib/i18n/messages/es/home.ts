import type { Messages } from '../types'

export const home: Messages['home'] = {}
