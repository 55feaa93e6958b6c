import net from "node:net";

/**
 * A TCP proxy in front of a real server (PostgreSQL), to cause real network faults in tests:
 * - `freeze()`: stop forwarding bytes in both directions but keep every socket open, and keep
 *   accepting new connections (a server that hangs, or a network that black-holes packets);
 * - `drop()`: destroy every open connection (a server restart, a reset connection);
 * - `refuse()`: stop listening and drop everything (the server is down: connection refused);
 * - `failover()`: the connections open now stay frozen for good (a server that died without a
 *   word, or a network path that black-holes), while new ones are forwarded (its replacement);
 * - `restore()`: forward again, and listen again on the same port.
 */
export interface TcpProxy {
  port: number;
  /** Connections accepted so far (to see that the hub opened new ones after a fault). */
  readonly accepted: number;
  freeze(): void;
  failover(): void;
  drop(): void;
  refuse(): Promise<void>;
  restore(): Promise<void>;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const sockets = new Set<net.Socket>();
  /** Frozen for good by failover(); closed only by close(). */
  const blackHoled = new Set<net.Socket>();
  let frozen = false;
  let accepted = 0;

  const track = (socket: net.Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => undefined); // a reset peer is part of the game
    if (frozen) socket.pause();
  };
  // Plain 'data' forwarding, not pipe(): pipe() resumes a source on 'drain', which would undo a freeze.
  const forward = (from: net.Socket, to: net.Socket) => {
    from.on("data", (chunk) => to.write(chunk));
    from.on("end", () => to.end());
    from.on("close", () => to.destroy());
  };

  const server = net.createServer((client) => {
    accepted += 1;
    const upstream = net.connect(target.port, target.host);
    track(client);
    track(upstream);
    forward(client, upstream);
    forward(upstream, client);
  });
  const listen = (port: number) => new Promise<void>((resolve, reject) => server.once("error", reject).listen(port, "127.0.0.1", () => resolve()));
  await listen(0);
  const port = (server.address() as net.AddressInfo).port;

  const drop = () => {
    for (const socket of sockets) socket.destroy();
  };
  const stopListening = () => new Promise<void>((resolve) => (server.listening ? server.close(() => resolve()) : resolve()));

  return {
    port,
    get accepted() {
      return accepted;
    },
    freeze() {
      frozen = true;
      for (const socket of sockets) socket.pause();
    },
    failover() {
      for (const socket of sockets) {
        socket.pause();
        blackHoled.add(socket);
      }
      sockets.clear();
      frozen = false;
    },
    drop,
    async refuse() {
      // server.close() waits for every accepted connection, black-holed ones included.
      const closed = stopListening();
      drop();
      for (const socket of blackHoled) socket.destroy();
      await closed;
    },
    async restore() {
      frozen = false;
      for (const socket of sockets) socket.resume();
      if (!server.listening) await listen(port);
    },
    async close() {
      const closed = stopListening();
      drop();
      for (const socket of blackHoled) socket.destroy();
      await closed;
    },
  };
}
