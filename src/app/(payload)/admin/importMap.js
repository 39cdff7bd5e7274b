import { OutboxNavLink as OutboxNavLink_987d407363d37b1a17f7f5a2ef83803a } from '../../../../src/admin/OutboxNavLink'
import { OutboxView as OutboxView_bb5779b785e4f63071e6f47c71906cc2 } from '../../../../src/admin/OutboxView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/src/admin/OutboxNavLink#OutboxNavLink": OutboxNavLink_987d407363d37b1a17f7f5a2ef83803a,
  "/src/admin/OutboxView#OutboxView": OutboxView_bb5779b785e4f63071e6f47c71906cc2,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
