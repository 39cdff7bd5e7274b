/** Publishing happens in the workflow panel, so the edit view has no Publish button. */
export function NoPublishButton() {
  return null
}
