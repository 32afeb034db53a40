import type { Metadata } from 'next'
import Link from 'next/link'

import { SignInForm } from '@/components/Members/SignInForm'
import { PageHeader } from '@/components/ui/PageHeader'
import { safeNextPath } from '@/lib/members/nextPath'

export const metadata: Metadata = { title: 'Sign in' }

const NOTICES: Record<string, string> = {
  'confirmed=1': 'Thank you — your e-mail address is confirmed. You can sign in now.',
  'confirmed=0': 'That confirmation link has expired or was already used. Ask for a sign-in link below instead.',
  'link=expired': 'That sign-in link has expired or was already used. Ask for a new one below.',
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams
  const notice = Object.entries(NOTICES).find(([key]) => {
    const [name, value] = key.split('=')
    return params[name!] === value
  })?.[1]
  return (
    <div className="container">
      <PageHeader title="Sign in" lead="Members sign petitions with one click, share stories, and read members-only updates." />
      {notice ? <p role="status">{notice}</p> : null}
      <SignInForm next={safeNextPath(params.next)} />
      <p>
        Not a member of the portal yet? <Link href="/signup">Sign up</Link>.
      </p>
    </div>
  )
}
