// eslint-disable-next-line no-control-regex
const BREAKS_AND_CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g

/**
 * Folds text onto one line. Subjects go into a mail header, where a CR or LF would let a
 * title such as "x\r\nBcc: y@z" add headers of its own.
 */
export const singleLine = (text: string): string => text.replace(BREAKS_AND_CONTROLS, ' ').replace(/\s+/g, ' ').trim()
