/** The stage is shown once, in the workflow panel's status: the raw field has no place in the form. */
export function HiddenStageField() {
  return null
}
