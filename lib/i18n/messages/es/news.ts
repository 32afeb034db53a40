import type { Messages } from '../types'

export const news: Messages['news'] = {}
