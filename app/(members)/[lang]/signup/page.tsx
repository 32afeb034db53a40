import type { Metadata } from 'next'
import Link from 'next/link'

import { SignUpForm } from '@/components/Members/SignUpForm'
import { PageHeader } from '@/components/ui/PageHeader'
import { getMemberFormOptions } from '@/lib/content/getMemberFormOptions'

export const metadata: Metadata = { title: 'Sign up' }

// Rendered per request: a build against an empty database (the Docker image) must not freeze an empty
// region list into the page, and sign-up is rare enough that the cached region reader suffices.
export const dynamic = 'force-dynamic'

export default async function SignUpPage() {
  const { regions, locals } = await getMemberFormOptions()
  return (
    <div className="container">
      <PageHeader title="Sign up" lead="For members of the coalition's local unions. We will e-mail you a link to confirm your address." />
      <SignUpForm regions={regions} locals={locals} />
      <p>
        Already signed up? <Link href="/signin">Sign in</Link>.
      </p>
    </div>
  )
}
