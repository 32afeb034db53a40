import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * "Delete my account and my data": the member's signatures (also those given with their address before
 * they had an account), stories and e-mail deliveries go with them, in the same transaction as the account itself.
 */
export const deleteMemberData: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const member = await req.payload.findByID({ collection: 'members', id, depth: 0, overrideAccess: true, req })
  await req.payload.delete({
    collection: 'signatures',
    where: { or: [{ member: { equals: id } }, { email: { equals: member.email } }] },
    overrideAccess: true,
    req,
  })
  await req.payload.delete({ collection: 'stories', where: { submitter: { equals: id } }, overrideAccess: true, req })
  await req.payload.delete({ collection: 'email-deliveries', where: { member: { equals: id } }, overrideAccess: true, req })
}
