import { PER_NETWORK_PER_HOUR } from '../platform/http/networkLimits'

/** How long a sign-in link stays usable: long enough to switch to the mail app, short enough to be useless once leaked. */
export const SIGN_IN_LINK_MINUTES = 15

/** The press room's forms are a few short fields; anything bigger is not a browser filling them in. */
export const PRESS_FORM_BODY_LIMIT_BYTES = 8 * 1024

/**
 * Requests per hour, counted in `request_counts` (shared by every instance). Per client
 * network they are sized for a whole newsroom behind one address; the per-address limits
 * keep the forms from being used to flood someone's mailbox.
 */
export const PRESS_LIMITS = {
  accreditationPerIp: PER_NETWORK_PER_HOUR,
  accreditationPerAddress: 3,
  signInPerIp: PER_NETWORK_PER_HOUR,
  signInPerAddress: 5,
} as const
