import React from 'react'

import { CodesIndexPage } from '../../../../site/codes/CodesIndexPage'

export const dynamic = 'force-dynamic'
export const metadata = { title: 'Bộ quy tắc ứng xử' }

export default function Page() {
  return <CodesIndexPage lang="vi" />
}
