'use client'

import React from 'react'

/** Opens the browser's print dialog; the print stylesheet leaves only the article. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="button button--secondary no-print" onClick={() => window.print()}>
      {label}
    </button>
  )
}
