/** The newsroom works in Viet Nam time; values are stored in UTC. */
export const NEWSROOM_TIMEZONE = 'Asia/Ho_Chi_Minh'

export const SUPPORTED_TIMEZONES = [
  { label: 'Việt Nam (GMT+7)', value: NEWSROOM_TIMEZONE },
  { label: 'UTC', value: 'UTC' },
]
