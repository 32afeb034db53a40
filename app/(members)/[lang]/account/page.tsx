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
import { localizedPath, toLang, type Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import { SIGN_OUT_PATH } from '@/lib/members/sessionHint'
import { relationId } from '@/lib/relationId'

type Props = { params: Promise<{ lang: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: messages(toLang((await params).lang)).members.accountTitle }
}

function storyStatus(status: string, lang: Lang): string {
  const t = messages(lang)
  switch (status) {
    case 'pending':
      return t.members.storyPending
    case 'approved':
      return t.members.storyApproved
    case 'needs-edit':
      return t.members.storyNeedsEdit
    case 'rejected':
      return t.members.storyRejected
    default:
      return status
  }
}

export default async function AccountPage({ params }: Props) {
  const lang = toLang((await params).lang)
  const t = messages(lang)
  const member = await getMember()
  if (!member) redirect(localizedPath(lang, '/signin'))
  const [{ signatures, stories }, { regions, locals }] = await Promise.all([getAccount(member, lang), getMemberFormOptions(lang)])
  return (
    <div className="container">
      <PageHeader title={t.members.hello(member.name)} lead={member.email} />

      <h2>{t.members.signaturesHeading}</h2>
      {signatures.length === 0 ? (
        <p>{t.members.noSignatures}</p>
      ) : (
        <ul>
          {signatures.map((signature) => (
            <li key={signature.id}>
              {signature.campaignSlug ? (
                <Link href={localizedPath(lang, `/campaigns/${signature.campaignSlug}`)}>{signature.campaignTitle}</Link>
              ) : (
                signature.campaignTitle
              )}
            </li>
          ))}
        </ul>
      )}

      <h2>{t.members.storiesHeading}</h2>
      {stories.length === 0 ? (
        <p>
          {t.members.noStories}
          <Link href={localizedPath(lang, '/stories/new')}>{t.members.shareStory}</Link>.
        </p>
      ) : (
        <ul>
          {stories.map((story) => (
            <li key={story.id}>
              {story.title} — {storyStatus(story.status, lang)}
              {story.status === 'needs-edit' && story.moderatorNote ? <p>{story.moderatorNote}</p> : null}
            </li>
          ))}
        </ul>
      )}

      <h2>{t.members.settingsHeading}</h2>
      <AccountSettings
        lang={lang}
        memberId={member.id}
        region={relationId(member.region)}
        local={relationId(member.local)}
        worksite={member.worksite ?? null}
        language={toLang(member.preferredLanguage)}
        preferences={{
          bargaining: member.emailPreferences?.bargaining === true,
          actions: member.emailPreferences?.actions === true,
          digest: member.emailPreferences?.digest === true,
        }}
        regions={regions}
        locals={locals}
      />

      <h2>{t.members.passwordSectionHeading}</h2>
      <PasswordForm lang={lang} memberId={member.id} />

      <h2>{t.members.signOutHeading}</h2>
      <p>{t.members.signOutText}</p>
      {/* Plain POST forms, so signing out works without JavaScript too. */}
      <form method="post" action={SIGN_OUT_PATH}>
        <p>
          <button type="submit" className={buttonClass('primary')}>
            {t.members.signOut}
          </button>
        </p>
      </form>
      <form method="post" action={SIGN_OUT_PATH}>
        <input type="hidden" name="everywhere" value="1" />
        <p>
          <button type="submit" className={buttonClass('secondary')}>
            {t.members.signOutEverywhere}
          </button>
        </p>
      </form>
    </div>
  )
}
