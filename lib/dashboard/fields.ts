/** A text field of a document whose collection is only known at run time: unknown until checked. */
export const fieldText = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null)
