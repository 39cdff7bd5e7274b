import React from 'react'

import type { WordOp } from '../diff/diffWords'

/** Word-level changes as <ins>/<del>, which screen readers and print both understand. React escapes the text. */
export function WordChanges({ ops }: { ops: WordOp[] }) {
  return (
    <>
      {ops.map((op, index) =>
        op.op === 'equal' ? (
          <span key={index}>{op.text}</span>
        ) : op.op === 'insert' ? (
          <ins key={index} className="diff-ins">
            {op.text}
          </ins>
        ) : (
          <del key={index} className="diff-del">
            {op.text}
          </del>
        ),
      )}
    </>
  )
}
