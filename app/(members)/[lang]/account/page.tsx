import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'

import { AccountSettings } from '@/components/Members/AccountSettings'
import { PasswordForm } from '@/components/Members/PasswordForm'
import { buttonClass } from '@/components/ui/Button'
import { PageHeader } from '@/components/ui/PageHeader'
import { getMember } from '@/lib/auth/viewer'
import { getAccount } from '@/lib/content/getAccount'
import { getMemberFormOptions } from '@/lib/content/getMemberFormOptions'
import { SIGN_OUT_PATH } from '@/lib/members/sessionHint'
import { relationId } from '@/lib/relationId'

export const metadata: Metadata = { title: 'My account' }

const STATUS_LABEL: Record<string, string> = { pending: 'Waiting for review', approved: 'Published', 'needs-edit': 'Needs an edit', rejected: 'Not published' }

export default async function AccountPage() {
  const member = await getMember()
  if (!member) redirect('/signin')
  const [{ signatures, stories }, { regions, locals }] = await Promise.all([getAccount(member), getMemberFormOptions()])
  return (
    <div className="container">
      <PageHeader title={`Hello, ${member.name}`} lead={member.email} />

      <h2>My signatures</h2>
      {signatures.length === 0 ? (
        <p>You have not signed anything yet.</p>
      ) : (
        <ul>
          {signatures.map((signature) => (
            <li key={signature.id}>
              {signature.campaignSlug ? <Link href={`/campaigns/${signature.campaignSlug}`}>{signature.campaignTitle}</Link> : signature.campaignTitle}
            </li>
          ))}
        </ul>
      )}

      <h2>My stories</h2>
      {stories.length === 0 ? (
        <p>
          No stories yet. <Link href="/stories/new">Share your story</Link>.
        </p>
      ) : (
        <ul>
          {stories.map((story) => (
            <li key={story.id}>
              {story.title} — {STATUS_LABEL[story.status] ?? story.status}
              {story.status === 'needs-edit' && story.moderatorNote ? <p>{story.moderatorNote}</p> : null}
            </li>
          ))}
        </ul>
      )}

      <h2>My region, local and e-mail</h2>
      <AccountSettings
        memberId={member.id}
        region={relationId(member.region)}
        local={relationId(member.local)}
        worksite={member.worksite ?? null}
        preferences={{
          campaigns: member.emailPreferences?.campaigns ?? true,
          bargaining: member.emailPreferences?.bargaining ?? true,
          regional: member.emailPreferences?.regional ?? false,
        }}
        regions={regions}
        locals={locals}
      />

      <h2>My password</h2>
      <PasswordForm memberId={member.id} />

      <h2>Signing out</h2>
      <p>
        Done on a shared computer? Sign out. Signed in somewhere you can no longer reach — a computer at work, a lost phone? Sign out everywhere, and
        every browser signed in to your account has to sign in again.
      </p>
      {/* Plain POST forms, so signing out works without JavaScript too. */}
      <form method="post" action={SIGN_OUT_PATH}>
        <p>
          <button type="submit" className={buttonClass('primary')}>
            Sign out
          </button>
        </p>
      </form>
      <form method="post" action={SIGN_OUT_PATH}>
        <input type="hidden" name="everywhere" value="1" />
        <p>
          <button type="submit" className={buttonClass('secondary')}>
            Sign out everywhere
          </button>
        </p>
      </form>
    </div>
  )
}
