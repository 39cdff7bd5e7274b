/** The first account, made by the admin browser test and used by the ones after it. */
export const founder = { email: 'founder@ministry.test', password: 'a-long-first-password-1' }
