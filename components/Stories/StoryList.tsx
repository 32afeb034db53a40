import Link from 'next/link'

import type { PublicStory } from '@/lib/content/getApprovedStories'
import { localizedPath, type Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

import styles from './StoryList.module.css'

/**
 * Approved stories; the byline is whatever the API returned (absent when the member asked to stay
 * anonymous). A story is in the words its member wrote it in; only the list's own words follow `lang`.
 */
export function StoryList({ lang, stories, headingLevel = 2 }: { lang: Lang; stories: PublicStory[]; headingLevel?: 2 | 3 }) {
  const t = messages(lang)
  const Heading = headingLevel === 3 ? 'h3' : 'h2'
  return (
    <ul className={styles.list}>
      {stories.map((story) => (
        <li key={story.id} className={styles.story}>
          <article aria-labelledby={`story-${story.id}`}>
            <Heading id={`story-${story.id}`}>{story.title ?? t.stories.untitled}</Heading>
            <p className={styles.meta}>
              {story.byline ?? t.stories.anonymousByline}
              {story.region ? `, ${story.region}` : ''}
              {story.campaign ? (
                <>
                  {' · '}
                  <Link href={localizedPath(lang, `/campaigns/${story.campaign.slug}`)}>{story.campaign.title}</Link>
                </>
              ) : null}
            </p>
            {story.media?.kind === 'image' ? (
              // A plain <img>: the file comes from Payload's access-checked route, not next/image's optimiser.
              // eslint-disable-next-line @next/next/no-img-element -- see above
              <img className={styles.media} src={story.media.url} alt={story.title ? t.stories.photoAlt(story.title) : t.stories.photoAltUntitled} loading="lazy" />
            ) : null}
            {story.media?.kind === 'video' ? <video className={styles.media} src={story.media.url} controls preload="metadata" /> : null}
            {story.text ? <p className={styles.text}>{story.text}</p> : null}
          </article>
        </li>
      ))}
    </ul>
  )
}
