import { notFound } from 'next/navigation'

// With two root layouts there is no app-wide 404; this sends unknown site URLs to (site)/not-found.
export default function MissingPage(): never {
  notFound()
}
