import net from 'node:net'

export type TcpProxy = {
  port: number
  /** Closes the port and cuts every open connection, as a server that died would. */
  cut: () => Promise<void>
  /** Listens again on the same port. */
  restore: () => Promise<void>
  close: () => Promise<void>
}

/**
 * A loopback TCP relay to `targetPort` that a test can cut and restore, so a database
 * behind it can "die" mid-test without touching the database itself.
 */
export async function startTcpProxy(targetPort: number): Promise<TcpProxy> {
  const sockets = new Set<net.Socket>()
  let server: net.Server | null = null
  let port = 0
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const next = net.createServer((client) => {
        const upstream = net.connect(targetPort, '127.0.0.1')
        for (const socket of [client, upstream]) {
          sockets.add(socket)
          socket.on('close', () => sockets.delete(socket))
          socket.on('error', () => undefined)
        }
        client.pipe(upstream).pipe(client)
        client.on('close', () => upstream.destroy())
        upstream.on('close', () => client.destroy())
      })
      next.once('error', reject)
      next.listen(port, '127.0.0.1', () => {
        port = (next.address() as net.AddressInfo).port
        server = next
        resolve()
      })
    })
  const cut = async () => {
    const closing = server
    server = null
    for (const socket of sockets) socket.destroy()
    if (closing) await new Promise<void>((resolve) => closing.close(() => resolve()))
  }
  await listen()
  return { port, cut, restore: listen, close: cut }
}
