import Link from 'next/link'
import type { ReactNode } from 'react'

import styles from './Button.module.css'

type Variant = 'primary' | 'secondary' | 'accent'

export function buttonClass(variant: Variant = 'primary', large = false): string {
  return [styles.button, variant !== 'primary' && styles[variant], large && styles.large].filter(Boolean).join(' ')
}

type Props = {
  href: string
  children: ReactNode
  variant?: Variant
  large?: boolean
  /** Files and other sites are plain links; site pages use client-side navigation. */
  external?: boolean
  download?: boolean
}

export function ButtonLink({ href, children, variant = 'primary', large = false, external = false, download = false }: Props) {
  const className = buttonClass(variant, large)
  if (external || download || !href.startsWith('/')) {
    return (
      <a href={href} className={className} download={download || undefined} rel={external ? 'noopener' : undefined}>
        {children}
      </a>
    )
  }
  return (
    <Link href={href} className={className}>
      {children}
    </Link>
  )
}
