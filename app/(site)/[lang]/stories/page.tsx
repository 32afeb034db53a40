import type { Metadata } from 'next'
import Link from 'next/link'

import { StoryList } from '@/components/Stories/StoryList'
import { EmptyState } from '@/components/ui/EmptyState'
import { PageHeader } from '@/components/ui/PageHeader'
import { getApprovedStories } from '@/lib/content/getApprovedStories'

export const revalidate = 300

export const metadata: Metadata = { title: 'Members’ stories', description: 'Stories from healthcare workers in the coalition’s unions.' }

export default async function StoriesPage() {
  const stories = await getApprovedStories()
  return (
    <div className="container">
      <PageHeader title="Members’ stories" lead="What the work is really like, in members’ own words.">
        <Link href="/stories/new">Share your story</Link>
      </PageHeader>
      {stories.length === 0 ? (
        <EmptyState>
          <p>No stories published yet. Be the first to share yours.</p>
        </EmptyState>
      ) : (
        <StoryList stories={stories} />
      )}
    </div>
  )
}
