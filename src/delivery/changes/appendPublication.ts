import { refreshDependants } from './refreshDependants'
import { writePublicationRows, type PublicationInput } from './writePublicationRows'

/**
 * Records a publication in the change log, inside the publishing transaction. A campaign's
 * publication can make it visible to an audience that could not see it: the items filed
 * under it then get a new version that names it.
 */
export async function appendPublication(input: Omit<PublicationInput, 'refresh'>): Promise<void> {
  const now = input.now ?? new Date()
  await writePublicationRows({ ...input, now })
  if (input.type === 'campaign') await refreshDependants({ req: input.req, campaignId: input.id, now })
}
