// npm run user:create -- --email a@b.org --password '…' --role regional --regions ncal,scal [--name "…"]
import { parseArgs } from 'node:util'

import { getPayload } from 'payload'

import { createStaffUser, StaffUserError } from '../lib/users/createStaffUser'
import config from '../payload.config'
import { runScript, ScriptError } from './lib/runScript'

const USAGE =
  "Usage: npm run user:create -- --email a@b.org --password '…' --role admin|communications|regional [--regions ncal,scal] [--name \"Full Name\"]"

runScript(async () => {
  let values
  try {
    ;({ values } = parseArgs({
      options: {
        email: { type: 'string' },
        password: { type: 'string' },
        role: { type: 'string' },
        regions: { type: 'string' },
        name: { type: 'string' },
      },
      strict: true,
    }))
  } catch (error) {
    throw new ScriptError(`${(error as Error).message}\n${USAGE}`, 2)
  }
  if (!values.email || !values.password || !values.role) {
    throw new ScriptError(`Missing --email, --password or --role.\n${USAGE}`, 2)
  }

  const payload = await getPayload({ config })
  try {
    const user = await createStaffUser(payload, {
      ...values,
      regions: values.regions ? values.regions.split(',').filter(Boolean) : [],
    })
    console.log(`Created ${user.role} account ${user.email} (id ${user.id}).`)
  } catch (error) {
    if (error instanceof StaffUserError) throw new ScriptError(error.message)
    throw error
  }
})
