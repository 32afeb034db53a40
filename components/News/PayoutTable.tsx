import { formatMoney } from '@/lib/content/format'
import type { Payout } from '@/lib/content/types'
import type { Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

import styles from './PayoutTable.module.css'

/** Who gets how much: two columns so it reads on a phone without sideways scrolling. */
export function PayoutTable({ payouts, lang }: { payouts: Payout[]; lang: Lang }) {
  const t = messages(lang)
  return (
    <table className={styles.table}>
      <caption className="visually-hidden">{t.news.payoutCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.news.payoutAmount}</th>
          <th scope="col">{t.news.payoutEligible}</th>
        </tr>
      </thead>
      <tbody>
        {payouts.map((payout, index) => (
          <tr key={`${payout.label}-${index}`}>
            <td className={styles.amount}>{formatMoney(payout.amount, lang)}</td>
            <td>
              <strong className={styles.label}>{payout.label}</strong>
              {payout.conditions.length > 0 ? (
                <ul className={styles.conditions}>
                  {payout.conditions.map((condition) => (
                    <li key={condition}>{condition}</li>
                  ))}
                </ul>
              ) : null}
              <p className={styles.meta}>
                {payout.regions.length > 0 ? t.news.payoutRegions(payout.regions.map((region) => region.name).join(', ')) : t.news.payoutAllRegions}
                {payout.paymentDate ? ` · ${t.news.payoutPaid(payout.paymentDate)}` : ''}
              </p>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
