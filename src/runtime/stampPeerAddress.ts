import type { IncomingMessage } from 'node:http'

import { PEER_HEADER } from '../platform/http/peerHeader'

/**
 * Writes the socket's remote address into the peer header, after dropping any copy the
 * client sent, so that route handlers (which never see the socket) learn who connected and
 * nobody can pretend to be someone else.
 */
export function stampPeerAddress(request: IncomingMessage): void {
  delete request.headers[PEER_HEADER]
  const peer = request.socket.remoteAddress
  if (peer) request.headers[PEER_HEADER] = peer
}
