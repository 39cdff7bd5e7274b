import React from 'react'

/** The error at the top of a form, linking to the field; the redirect lands on it (#form-error). */
export function FormErrorSummary({ title, message, fieldId }: { title: string; message: string; fieldId: string }) {
  return (
    <div id="form-error" className="notice notice--warning press-error-summary" role="alert" tabIndex={-1}>
      <h2>{title}</h2>
      <p>
        <a href={`#${fieldId}`}>{message}</a>
      </p>
    </div>
  )
}
