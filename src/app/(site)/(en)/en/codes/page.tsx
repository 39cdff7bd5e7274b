import React from 'react'

import { CodesIndexPage } from '../../../../../site/codes/CodesIndexPage'

export const dynamic = 'force-dynamic'
export const metadata = { title: 'Codes of conduct' }

export default function Page() {
  return <CodesIndexPage lang="en" />
}
