import type { Messages } from '../types'

export const stories: Messages['stories'] = {}
