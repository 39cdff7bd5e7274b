export const validateClosesAfterOpens = (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }): true | string => {
  if (!value) return 'A closing time is required (field: closesAt).'
  const opens = siblingData.opensAt
  if (!opens) return true
  return new Date(String(value)).getTime() > new Date(String(opens)).getTime() ? true : 'The consultation must close after it opens (field: closesAt).'
}
