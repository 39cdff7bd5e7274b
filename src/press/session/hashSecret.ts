// Moved down to the platform floor, where preview links share it.
export { hashSecret, newSecret } from '@/platform/secrets/hashSecret'
