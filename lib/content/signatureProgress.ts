import { getSignatureCount } from '@/lib/petitions/getSignatureCount'

import { payload } from './payload'
import type { CampaignCard } from './types'

/**
 * A petition's progress is its signature count from the database, never a number typed by hand.
 * Readers that call this are cached under the campaign tags, which signing expires (throttled).
 */
export async function withSignatureProgress<T extends CampaignCard>(cards: T[]): Promise<T[]> {
  if (!cards.some((card) => card.collectsSignatures)) return cards
  const client = await payload()
  return Promise.all(
    cards.map(async (card) => {
      if (!card.collectsSignatures) return card
      const signatureCount = await getSignatureCount(card.id, client)
      const goal = card.goal?.unit === 'signatures' ? { ...card.goal, progress: signatureCount } : card.goal
      return { ...card, signatureCount, goal }
    }),
  )
}
