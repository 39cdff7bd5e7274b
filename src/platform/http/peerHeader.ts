/**
 * The request header that carries the TCP peer address of a request into the app. Next.js
 * route handlers never see the socket, so the app's own HTTP server (src/runtime/httpServer.ts)
 * deletes whatever copy a client sent and writes the socket's remote address here, on every
 * request. Nothing else may write it.
 */
export const PEER_HEADER = 'x-newsroom-peer'
