import React, { type ReactNode } from 'react'

export type NoticeLink = { href: string; label: string }

/**
 * The parts a notice page is made of (a subscription link, a sign-in step, a withdrawn
 * item, a missing page): what happened, a quieter note, the way onwards. The site's
 * stylesheet styles them inside `.site-notice__body`; React escapes every value, so a
 * name or reason typed by anyone is shown as text.
 */
export function NoticeMessage({ text, status, note, links }: { text: ReactNode; status?: boolean; note?: string; links?: NoticeLink[] }) {
  return (
    <>
      <p role={status ? 'status' : undefined}>{text}</p>
      {note ? <p className="muted">{note}</p> : null}
      {links?.length === 1 ? (
        <p>
          <a href={links[0]!.href}>{links[0]!.label}</a>
        </p>
      ) : links?.length ? (
        <ul>
          {links.map((link) => (
            <li key={link.href}>
              <a href={link.href}>{link.label}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  )
}

/**
 * One button that posts back to this site: the step that changes something after a link
 * was followed, so that a mail scanner fetching the link changes nothing.
 */
export function PostButton({ action, label, danger, hidden }: { action: string; label: string; danger?: boolean; hidden?: Record<string, string> }) {
  return (
    <form method="post" action={action}>
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <p>
        <button type="submit" className={danger ? 'danger' : undefined}>
          {label}
        </button>
      </p>
    </form>
  )
}
