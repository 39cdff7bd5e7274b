import React from 'react'

import type { BriefingPack, Campaign } from '../../../payload-types'
import { copyrightHolder, usageTerms } from '@/delivery/ninjs/usageTerms'
import { BriefingPackBody } from '@/content/briefingPacks/BriefingPackBody'
import { populated } from '@/content/public/mediaOf'
import { PAGE_COPY } from '@/i18n/pageCopy'
import { escapeHtml as e } from '@/platform/html/escapeHtml'
import { renderToStaticHtml } from '@/platform/html/renderToStaticHtml'
import { safeHref } from '@/platform/html/safeHref'
import { BUNDLE_COPY, formatSize, formatTime } from './bundleCopy'
import type { BundledFile, BundlePlan } from './planBundle'
import { type Lang } from '@/i18n/lang'

export type FactSheetInput = {
  pack: BriefingPack
  lang: Lang
  files: BundlePlan
  /** The pack's page on the site. */
  pageUrl: string
  /** Given only while the embargo has not passed: the printout must carry it. */
  embargoedUntil?: string | null
  generatedAt: Date
}

// Inline, so the file prints the same offline, from a USB stick or an email attachment.
const STYLE = `
body{font:15px/1.5 "Noto Sans","DejaVu Sans",Arial,sans-serif;color:#1a1a1a;max-width:46rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.7rem;line-height:1.25;margin:.3rem 0 .6rem}h2{font-size:1.15rem;border-bottom:2px solid #0b5394;padding-bottom:.2rem;margin-top:1.6rem}
.kicker,.meta,.muted{color:#555;font-size:.9rem}.lead{font-size:1.1rem}
.embargo{border:3px solid #b00020;color:#b00020;font-weight:bold;padding:.5rem .8rem;text-transform:uppercase}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border:1px solid #ccc;padding:.3rem .45rem;text-align:left;vertical-align:top}
dt{font-weight:bold;margin-top:.6rem}dd{margin:0 0 .4rem 1rem}a{color:#0b5394}footer{margin-top:2rem;font-size:.8rem;color:#555}
@media print{body{margin:0;max-width:none;font-size:11pt}a{color:inherit;text-decoration:none}
a[href^="http"]:not(.url)::after{content:" (" attr(href) ")";font-size:.8em;color:#555;word-break:break-all}
h2{break-after:avoid}li,tr,dt,dd{break-inside:avoid}@page{margin:16mm}}
`

/** A file in the bundle, linked relatively so the link works once the ZIP is unpacked. */
function FileCell({ file, lang }: { file: BundledFile; lang: Lang }) {
  if (file.available) return <a href={file.entryName}>{file.entryName}</a>
  return (
    <>
      {file.entryName} <span className="muted">({BUNDLE_COPY[lang].notIncluded})</span>
    </>
  )
}

function DocumentTable({ files, lang }: { files: BundledFile[]; lang: Lang }) {
  const copy = BUNDLE_COPY[lang]
  return (
    <table>
      <thead>
        <tr>
          <th>{copy.file}</th>
          <th>{copy.description}</th>
          <th>{copy.size}</th>
        </tr>
      </thead>
      <tbody>
        {files.map((file) => (
          <tr key={file.entryName}>
            <td>
              <FileCell file={file} lang={lang} />
            </td>
            <td>{file.media.caption || file.media.alt || ''}</td>
            <td>{formatSize(file.media.filesize)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function ImageTable({ files, lang }: { files: BundledFile[]; lang: Lang }) {
  const copy = BUNDLE_COPY[lang]
  return (
    <table>
      <thead>
        <tr>
          <th>{copy.file}</th>
          <th>{copy.caption}</th>
          <th>{copy.credit}</th>
          <th>{copy.usageTerms}</th>
        </tr>
      </thead>
      <tbody>
        {files.map((file) => (
          <tr key={file.entryName}>
            <td>
              <FileCell file={file} lang={lang} />
            </td>
            <td>{file.media.caption || file.media.alt || ''}</td>
            <td>{file.media.credit ?? ''}</td>
            <td>{file.media.usageTerms ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function FactSheet({ pack, lang, files, pageUrl, embargoedUntil, generatedAt }: FactSheetInput) {
  const copy = BUNDLE_COPY[lang]
  const campaign = populated<Campaign>(pack.campaign)[0]
  const pageHref = safeHref(pageUrl)
  const meta = [
    campaign?.title ? <React.Fragment key="campaign">{`${copy.campaign}: ${campaign.title}`}</React.Fragment> : null,
    // Its text is the address already: the print stylesheet need not repeat it.
    pageHref ? (
      <React.Fragment key="page">
        {copy.onlineVersion}:{' '}
        <a className="url" href={pageHref}>
          {pageUrl}
        </a>
      </React.Fragment>
    ) : null,
    <React.Fragment key="generated">{`${copy.generatedAt} ${formatTime(generatedAt.toISOString(), lang)}`}</React.Fragment>,
  ].filter(Boolean)
  return (
    <>
      <main>
        {embargoedUntil && (
          <p className="embargo" role="alert">
            {`${PAGE_COPY[lang].embargoedUntil} ${formatTime(embargoedUntil, lang)} (${copy.timeZone})`}
          </p>
        )}
        <p className="kicker">{`${PAGE_COPY[lang].packs} · ${copy.factSheet}`}</p>
        <h1>{pack.title}</h1>
        {pack.summary && <p className="lead">{pack.summary}</p>}
        <p className="meta">{meta.flatMap((line, index) => (index === 0 ? [line] : [<br key={`br-${index}`} />, line]))}</p>
        <BriefingPackBody
          pack={pack}
          lang={lang}
          documents={files.documents.length > 0 ? <DocumentTable files={files.documents} lang={lang} /> : undefined}
          images={files.images.length > 0 ? <ImageTable files={files.images} lang={lang} /> : undefined}
        />
      </main>
      <footer>
        <p>{`© ${copyrightHolder(lang)}. ${usageTerms(lang)}`}</p>
      </footer>
    </>
  )
}

/**
 * The pack as one printable, self-contained HTML page: no script, no external file, every
 * value escaped, and a Content-Security-Policy that would stop a script even if one got in.
 * The body is the pack's one component; the head is fixed text around the escaped title.
 */
export async function renderFactSheet(input: FactSheetInput): Promise<string> {
  const body = await renderToStaticHtml(<FactSheet {...input} />)
  return `<!doctype html>
<html lang="${input.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(input.pack.title)} · ${e(BUNDLE_COPY[input.lang].factSheet)}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`
}
