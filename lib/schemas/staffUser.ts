import { z } from 'zod'

import { STAFF_ROLES } from '@/lib/auth/roles'

/** Long enough and mixed enough that a guessed or reused password is unlikely to pass. */
export const staffPassword = z
  .string()
  .min(12, 'Password must be at least 12 characters.')
  .max(128, 'Password must be at most 128 characters.')
  .refine((value) => {
    const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(value)).length
    return classes >= 3 || value.length >= 20
  }, 'Password must mix at least three of: lower-case, upper-case, digits, symbols (or be 20+ characters).')

export const staffUserInput = z
  .object({
    email: z.string().trim().toLowerCase().email('E-mail address is not valid.'),
    password: staffPassword,
    name: z.string().trim().min(1, 'Name must not be empty.').max(120).optional(),
    role: z.enum(STAFF_ROLES, { message: `Role must be one of: ${STAFF_ROLES.join(', ')}.` }),
    regions: z
      .array(z.string().trim().toLowerCase().regex(/^[a-z][a-z0-9-]{1,15}$/, 'Region codes look like ncal, scal.'))
      .default([]),
  })
  .superRefine((value, ctx) => {
    if (value.role === 'regional' && value.regions.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['regions'], message: 'Regional staff need --regions, e.g. --regions ncal,scal.' })
    }
    if (value.role !== 'regional' && value.regions.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['regions'], message: 'Only regional staff have regions; drop --regions.' })
    }
  })

export type StaffUserInput = z.infer<typeof staffUserInput>
