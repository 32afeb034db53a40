import type { Metadata } from 'next'
import Link from 'next/link'

import { StoryForm } from '@/components/Stories/StoryForm'
import { PageHeader } from '@/components/ui/PageHeader'
import { getMember } from '@/lib/auth/viewer'
import { getMemberFormOptions } from '@/lib/content/getMemberFormOptions'
import { relationId } from '@/lib/relationId'

export const metadata: Metadata = { title: 'Share your story', robots: { index: false } }


export default async function NewStoryPage({ searchParams }: { searchParams: Promise<{ campaign?: string }> }) {
  const member = await getMember()
  const { campaign } = await searchParams
  if (!member) {
    return (
      <div className="container">
        <PageHeader title="Share your story" lead="Stories come from members, so we ask you to sign in first." />
        <p>
          <Link href="/signin">Sign in</Link> or <Link href="/signup">sign up</Link> to share your story.
        </p>
      </div>
    )
  }
  const options = await getMemberFormOptions()
  return (
    <div className="container">
      <PageHeader title="Share your story" lead="A few sentences, a photo or a 60-second video about your work. Our team reads every story before it is published." />
      <StoryForm
        regions={options.regions}
        locals={options.locals}
        campaigns={options.campaigns}
        defaults={{ region: relationId(member.region), local: relationId(member.local), campaign: Number(campaign) || null }}
      />
    </div>
  )
}
