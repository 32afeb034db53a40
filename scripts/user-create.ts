// npm run user:create -- --email a@b.org --password '…' --role regional --regions ncal,scal [--name "…"]
import { parseArgs } from 'node:util'

import { getPayload } from 'payload'

import { createStaffUser, StaffUserError } from '../lib/users/createStaffUser'
import config from '../payload.config'

function usage(message: string): never {
  console.error(`${message}\nUsage: npm run user:create -- --email a@b.org --password '…' --role admin|communications|regional [--regions ncal,scal] [--name "Full Name"]`)
  process.exit(2)
}

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
  usage((error as Error).message)
}
if (!values.email || !values.password || !values.role) usage('Missing --email, --password or --role.')

const payload = await getPayload({ config })
try {
  const user = await createStaffUser(payload, {
    ...values,
    regions: values.regions ? values.regions.split(',').filter(Boolean) : [],
  })
  console.log(`Created ${user.role} account ${user.email} (id ${user.id}).`)
  process.exit(0)
} catch (error) {
  console.error(error instanceof StaffUserError ? `Error: ${error.message}` : error)
  process.exit(1)
}
