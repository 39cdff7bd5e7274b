/**
 * A document as Payload returns it for any content type, at any depth. Code that walks
 * documents of every type reads fields by name and checks each where it is used, so the
 * shape is left open here once, instead of a cast at every read.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the one open document shape, see above
export type StoredDocument = Record<string, any>
