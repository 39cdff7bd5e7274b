import React from 'react'

import { HomeLanding } from '../../../site/HomeLanding'

export default function HomePage() {
  return <HomeLanding lang="vi" />
}
