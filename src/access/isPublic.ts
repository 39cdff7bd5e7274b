import type { Access } from 'payload'

/** Reference data anyone may read, such as the programme's tasks. */
export const anyone: Access = () => true
