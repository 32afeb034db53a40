import { formatMoney } from '@/lib/content/format'
import type { Payout } from '@/lib/content/types'

import styles from './PayoutTable.module.css'

/** Who gets how much: two columns so it reads on a phone without sideways scrolling. */
export function PayoutTable({ payouts }: { payouts: Payout[] }) {
  return (
    <table className={styles.table}>
      <caption className="visually-hidden">Payments and who is eligible</caption>
      <thead>
        <tr>
          <th scope="col">Amount</th>
          <th scope="col">Who is eligible</th>
        </tr>
      </thead>
      <tbody>
        {payouts.map((payout, index) => (
          <tr key={`${payout.label}-${index}`}>
            <td className={styles.amount}>{formatMoney(payout.amount)}</td>
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
                {payout.regions.length > 0 ? `Regions: ${payout.regions.map((region) => region.name).join(', ')}` : 'All regions'}
                {payout.paymentDate ? ` · Paid ${payout.paymentDate}` : ''}
              </p>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
