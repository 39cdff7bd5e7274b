import React from 'react'

import { HomeLanding } from '../../../../site/HomeLanding'

export default function EnglishHomePage() {
  return <HomeLanding lang="en" />
}
