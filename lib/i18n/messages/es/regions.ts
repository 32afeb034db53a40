import type { Messages } from '../types'

export const regions: Messages['regions'] = {}
