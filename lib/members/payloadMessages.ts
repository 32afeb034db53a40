import { messageKey, type MessageKey } from '@/lib/i18n/messages'

// Payload's own sign-in answers come in English (its REST login for members is called directly from
// the form); the ones a member can meet are worded again from our catalogue, in the form's language.
const KNOWN: Record<string, MessageKey> = {
  'The email or password provided is incorrect.': messageKey('members.payloadWrongPassword'),
  'This user is locked due to having too many failed login attempts.': messageKey('members.payloadLocked'),
  'Please verify your email before logging in.': messageKey('members.payloadUnverified'),
}

/** The catalogue key for one of Payload's sign-in messages, or null for anything else. */
export function payloadMessageKey(message: string): MessageKey | null {
  return KNOWN[message] ?? null
}
