/** An image for OpenGraph and Twitter cards: where it is, its size and what it shows. */
export type OgImage = { url: string; width: number | null; height: number | null; alt: string }

/** The size social networks draw a large card at (1.91:1). */
export const OG_WIDTH = 1200
export const OG_HEIGHT = 630
