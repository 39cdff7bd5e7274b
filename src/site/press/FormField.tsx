import React from 'react'

type Props = {
  id: string
  name: string
  label: string
  type?: 'text' | 'email' | 'tel'
  required?: boolean
  optionalLabel?: string
  maxLength?: number
  autoComplete?: string
  hint?: string
  error?: string
}

/**
 * One labelled input, with its hint and error tied to it for screen readers. `required`
 * lets the browser check the field before posting, JavaScript or not.
 */
export function FormField({ id, name, label, type = 'text', required, optionalLabel, maxLength, autoComplete, hint, error }: Props) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined
  return (
    <div className={error ? 'press-field press-field--error' : 'press-field'}>
      <label htmlFor={id}>
        {label}
        {!required && optionalLabel ? <span className="muted"> {optionalLabel}</span> : null}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="muted press-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
      <input
        id={id}
        name={name}
        type={type}
        required={required}
        maxLength={maxLength}
        autoComplete={autoComplete}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
    </div>
  )
}
