import { connect } from 'node:net';
import type { AddressInfo, Socket } from 'node:net';
import { createServer } from 'node:tls';

export interface TlsFront {
  port: number;
  /** Presents another certificate from now on (e.g. a TLS-inspecting proxy's). */
  setCertificate(certPem: string, keyPem: string): void;
  close(): Promise<void>;
}

/**
 * A TLS terminator for tests: accepts TLS with `cert`/`key` and relays the plain bytes to a
 * backend chosen by SNI name (`devin.invalid` → devin-sim's port). Lets an http test server be
 * reached as `https://devin.invalid` with a certificate from a throwaway CA.
 */
export async function startTlsFront(opts: { certPem: string; keyPem: string; backends: Record<string, number> }): Promise<TlsFront> {
  const sockets = new Set<Socket>();
  const server = createServer({ cert: opts.certPem, key: opts.keyPem, ALPNProtocols: ['http/1.1'] }, (tlsSocket) => {
    const port = opts.backends[(tlsSocket.servername || '').toLowerCase()];
    if (port === undefined) return void tlsSocket.destroy();
    const backend = connect({ host: '127.0.0.1', port });
    for (const s of [tlsSocket, backend]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => undefined);
    }
    tlsSocket.pipe(backend);
    backend.pipe(tlsSocket);
    tlsSocket.on('close', () => backend.destroy());
    backend.on('close', () => tlsSocket.destroy());
  });
  server.on('tlsClientError', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    setCertificate: (certPem, keyPem) => {
      server.setSecureContext({ cert: certPem, key: keyPem });
      // Kept-alive connections would carry on with the old certificate: every client handshakes again.
      for (const s of sockets) s.destroy();
    },
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
