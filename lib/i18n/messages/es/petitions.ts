import type { Messages } from '../types'

export const petitions: Messages['petitions'] = {}
