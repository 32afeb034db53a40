import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'

import { AccountSettings } from '@/components/Members/AccountSettings'
import { PageHeader } from '@/components/ui/PageHeader'
import { getAccount } from '@/lib/members/getAccount'
import { getSignedInMember } from '@/lib/members/getSignedInMember'
import { getMemberFormOptions } from '@/lib/members/getMemberFormOptions'
import { relationId } from '@/lib/relationId'

export const metadata: Metadata = { title: 'My account' }

const STATUS_LABEL: Record<string, string> = { pending: 'Waiting for review', approved: 'Published', 'needs-edit': 'Needs an edit', rejected: 'Not published' }

export default async function AccountPage() {
  const member = await getSignedInMember()
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
    </div>
  )
}
