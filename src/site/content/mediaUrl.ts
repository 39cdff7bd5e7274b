import { mediaOf } from '@/content/public/mediaOf'

/** The first image's card-sized URL, for OpenGraph. */
export const mediaUrl = (value: unknown): string | null => {
  const media = mediaOf(value)[0]
  return media?.sizes?.card?.url ?? media?.url ?? null
}
