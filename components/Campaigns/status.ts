import type { Tone } from '@/components/ui/Badge'
import type { CampaignStatus } from '@/lib/content/types'

export const campaignStatusTone: Record<CampaignStatus, Tone> = {
  active: 'success',
  upcoming: 'info',
  won: 'warning',
  closed: 'neutral',
}
