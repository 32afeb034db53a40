import type { Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

export type Option = { id: number; label: string }

type Props = {
  id: string
  name: string
  options: Option[]
  /** First entry: a disabled prompt ("Choose your region") or a real empty choice ("Not sure / none"). */
  empty: { label: string; selectable: boolean }
  defaultValue?: number | null
  invalid?: boolean
  describedBy?: string
}

/** A <select> of regions, locals or campaigns, as every member form uses it. */
export function OptionSelect({ id, name, options, empty, defaultValue, invalid = false, describedBy }: Props) {
  return (
    <select id={id} name={name} defaultValue={defaultValue ?? ''} aria-invalid={invalid} aria-describedby={describedBy}>
      <option value="" disabled={!empty.selectable}>
        {empty.label}
      </option>
      {options.map((option) => (
        <option key={option.id} value={option.id}>
          {option.label}
        </option>
      ))}
    </select>
  )
}

/** The region prompt: a region must be chosen. */
export function chooseRegion(lang: Lang): Props['empty'] {
  return { label: messages(lang).members.chooseRegion, selectable: false }
}

/** The local union's empty choice: a member may not know theirs. */
export function noLocal(lang: Lang): Props['empty'] {
  return { label: messages(lang).members.noLocal, selectable: true }
}
