/**
 * Requests per hour that one client network may send to each public form (subscribe, press
 * sign-in, comments). A whole newsroom often reaches us through one address: 100
 * journalists, each with a retry or two, must fit. Flooding one person's mailbox is held
 * back by the far smaller per-mailbox limits beside each form, not by this one.
 */
export const PER_NETWORK_PER_HOUR = 300
