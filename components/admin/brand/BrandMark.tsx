/**
 * The coalition's mark (the same drawing as app/(site)/icon.svg and public/brand/mark.svg).
 * Decorative unless given a `label`: then it is an image with that name (e.g. inside a link).
 */
export function BrandMark({ className, label }: { className?: string; label?: string }) {
  const accessibility = label ? { role: 'img', 'aria-label': label } : { 'aria-hidden': true }
  return (
    <svg className={className} viewBox="0 0 32 32" focusable="false" xmlns="http://www.w3.org/2000/svg" {...accessibility}>
      <rect width="32" height="32" rx="7" fill="#ffc62b" />
      <path d="M25 6 7 26" stroke="#4a1a7e" strokeWidth="4" strokeLinecap="round" />
    </svg>
  )
}
