import { createServer, request as httpRequest } from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage, Server, ServerResponse } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo, Socket } from 'node:net';

/** One request that reached the proxy. */
export interface ProxyRecord {
  /** `connect`: a CONNECT tunnel; `forward`: an absolute-form request (`GET http://host/path`). */
  kind: 'connect' | 'forward';
  /** `host:port` for CONNECT, the absolute URL for forwards. */
  target: string;
  /** The request head as the proxy saw it (for CONNECT, only the CONNECT request: the rest is encrypted). */
  headers: IncomingHttpHeaders;
  /** How the proxy answered. */
  status: number;
  /** Bytes relayed from the client through an established tunnel. */
  tunnelledBytes: number;
}

export interface RecordingProxyOptions {
  /** Where names go: `devin.invalid:443` → `127.0.0.1:PORT`. Unknown names get a 502, as a proxy whose DNS fails. */
  hosts: Record<string, { host: string; port: number }>;
  /** When set, requests without these Basic credentials get 407. */
  credentials?: { username: string; password: string };
}

export interface RecordingProxy {
  /** `http://127.0.0.1:PORT`. */
  url: string;
  port: number;
  records: ProxyRecord[];
  close(): Promise<void>;
}

function authorized(headers: IncomingHttpHeaders, creds: RecordingProxyOptions['credentials']): boolean {
  if (!creds) return true;
  const expected = `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}`;
  return headers['proxy-authorization'] === expected;
}

/**
 * A real HTTP proxy for tests: CONNECT tunnels and absolute-form forwarding, with optional Basic
 * credentials (407 otherwise), recording every request it received. It resolves names only from
 * its `hosts` map, so a client that reaches `devin.invalid` can only have done so through it.
 */
export async function startRecordingProxy(opts: RecordingProxyOptions): Promise<RecordingProxy> {
  const records: ProxyRecord[] = [];
  const sockets = new Set<Socket>();
  const lookup = (authority: string) => opts.hosts[authority.toLowerCase()];

  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const target = req.url ?? '';
    const record: ProxyRecord = { kind: 'forward', target, headers: { ...req.headers }, status: 0, tunnelledBytes: 0 };
    records.push(record);
    const answer = (status: number, headers: Record<string, string> = {}) => {
      record.status = status;
      res.writeHead(status, { 'content-length': '0', ...headers });
      res.end();
    };
    if (!/^http:\/\//i.test(target)) return answer(400);
    if (!authorized(req.headers, opts.credentials)) return answer(407, { 'proxy-authenticate': 'Basic realm="test proxy"' });
    const url = new URL(target);
    const to = lookup(`${url.hostname}:${url.port || 80}`);
    if (!to) return answer(502);
    const headers = { ...req.headers };
    delete headers['proxy-authorization'];
    delete headers['proxy-connection'];
    const upstream = httpRequest({ host: to.host, port: to.port, method: req.method, path: `${url.pathname}${url.search}`, headers }, (up) => {
      record.status = up.statusCode ?? 0;
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => answer(502));
    req.pipe(upstream);
  });

  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    const target = req.url ?? '';
    const record: ProxyRecord = { kind: 'connect', target, headers: { ...req.headers }, status: 0, tunnelledBytes: 0 };
    records.push(record);
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => undefined);
    const refuse = (status: number, reason: string, extra = '') => {
      record.status = status;
      client.end(`HTTP/1.1 ${status} ${reason}\r\n${extra}Content-Length: 0\r\n\r\n`);
    };
    if (!authorized(req.headers, opts.credentials)) return refuse(407, 'Proxy Authentication Required', 'Proxy-Authenticate: Basic realm="test proxy"\r\n');
    const to = lookup(target);
    if (!to) return refuse(502, 'Bad Gateway');
    const upstream = connect({ host: to.host, port: to.port }, () => {
      record.status = 200;
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      client.on('data', (chunk: Buffer) => {
        record.tunnelledBytes += chunk.length;
      });
      client.pipe(upstream);
      upstream.pipe(client);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => {
      if (record.status === 0) refuse(502, 'Bad Gateway');
      else client.destroy();
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    records,
    close: async () => {
      for (const s of sockets) s.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
