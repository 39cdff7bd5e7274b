import { notFound } from 'next/navigation'

/** Any address no page answers: the site's own 404 page, in the site's layout (see ../not-found.tsx). */
export default function MissingPage(): never {
  notFound()
}
