import React, { type ReactNode } from 'react'

import type { BriefingPack } from '../../../payload-types'
import { messagesIn } from '@/i18n/defineMessages'
import { formatDate } from '@/i18n/formatDateTime'
import type { Lang } from '@/i18n/lang'
import { briefingPackMessages } from '@/i18n/messages/briefingPack'
import { mailHref, safeHref, telHref } from '@/platform/html/safeHref'

type Rows<K extends keyof BriefingPack> = NonNullable<BriefingPack[K]>

/** The parts of a pack this body shows; a stored document of any shape is read the same way. */
export type BriefingPackSections = {
  keyFacts?: Rows<'keyFacts'> | null
  talkingPoints?: Rows<'talkingPoints'> | null
  qa?: Rows<'qa'> | null
  spokespeople?: Rows<'spokespeople'> | null
}

export type BriefingPackBodyProps = {
  pack: BriefingPackSections
  /** The language of the headings and labels, from src/i18n. */
  lang: Lang
  /**
   * The files differ by where the body is read: links on the site, entries in the ZIP,
   * nothing in a ninjs body (its associations carry them). A section is shown only when given.
   */
  documents?: ReactNode
  images?: ReactNode
}

/**
 * Rows whose text was not written in this language are left out, in every output alike:
 * a localized array keeps the row, with an empty field, in the language that lacks it.
 */
function written<Row>(rows: readonly Row[] | null | undefined, field: keyof Row): Row[] {
  return (Array.isArray(rows) ? rows : []).filter((row) => {
    const value = row?.[field]
    return typeof value === 'string' && value.trim() !== ''
  })
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  )
}

function Link({ href, children }: { href: string | null; children: string }) {
  return href ? <a href={href}>{children}</a> : <>{children}</>
}

/**
 * A briefing pack's body, the one rendering for the pack's page, the printable fact sheet
 * and the ninjs body: key facts with their sources and dates, talking points, questions and
 * answers, spokespeople, then the documents and images the caller lists. No hooks and no
 * site layout, so it renders as well to static markup as inside a page.
 */
export function BriefingPackBody({ pack, lang, documents, images }: BriefingPackBodyProps) {
  const words = messagesIn(briefingPackMessages, lang)
  const facts = written(pack.keyFacts, 'statement')
  const points = written(pack.talkingPoints, 'point')
  const questions = written(pack.qa, 'question')
  const people = written(pack.spokespeople, 'name')
  return (
    <>
      {facts.length > 0 && (
        <Section id="key-facts" title={words.keyFacts}>
          <ul className="facts">
            {facts.map((fact, index) => (
              <li key={fact.id ?? index}>
                {fact.figure && (
                  <>
                    <strong>{fact.figure}</strong>{' '}
                  </>
                )}
                {fact.statement}{' '}
                <span className="muted">
                  ({words.source}: <Link href={safeHref(fact.sourceUrl)}>{fact.source ?? ''}</Link>
                  {fact.asOf ? `, ${words.asOf} ${formatDate(fact.asOf)}` : ''})
                </span>
              </li>
            ))}
          </ul>
        </Section>
      )}
      {points.length > 0 && (
        <Section id="talking-points" title={words.talkingPoints}>
          <ol className="points">
            {points.map((row, index) => (
              <li key={row.id ?? index}>{row.point}</li>
            ))}
          </ol>
        </Section>
      )}
      {questions.length > 0 && (
        <Section id="qa" title={words.qa}>
          <dl className="qa">
            {questions.map((row, index) => (
              <React.Fragment key={row.id ?? index}>
                <dt>{row.question}</dt>
                <dd>{row.answer ?? ''}</dd>
              </React.Fragment>
            ))}
          </dl>
        </Section>
      )}
      {people.length > 0 && (
        <Section id="spokespeople" title={words.spokespeople}>
          <ul className="spokespeople">
            {people.map((person, index) => (
              <li key={person.id ?? index}>
                <strong>{person.name}</strong>
                {person.role ? `, ${person.role}` : ''}
                {person.phone && (
                  <>
                    {` · ${words.phone}: `}
                    <Link href={telHref(person.phone)}>{person.phone}</Link>
                  </>
                )}
                {person.email && (
                  <>
                    {` · ${words.email}: `}
                    <Link href={mailHref(person.email)}>{person.email}</Link>
                  </>
                )}
              </li>
            ))}
          </ul>
        </Section>
      )}
      {documents != null && documents !== false && (
        <Section id="documents" title={words.documents}>
          {documents}
        </Section>
      )}
      {images != null && images !== false && (
        <Section id="images" title={words.images}>
          {images}
        </Section>
      )}
    </>
  )
}
