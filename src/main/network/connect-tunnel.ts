import { connect } from 'node:net';
import type { Socket } from 'node:net';
import { findHeadEnd, parseResponseHead } from '../attachments/http/response-head';

export interface TunnelProxy {
  host: string;
  port: number;
  /** `Basic …` for a proxy that wants credentials (from the proxy URL). */
  authorization?: string | null;
}

/** Basic credentials from a proxy URL's user info (percent-decoded), or null without any. */
export function proxyAuthorization(proxyUrl: string): string | null {
  const u = new URL(proxyUrl);
  if (!u.username && !u.password) return null;
  return `Basic ${Buffer.from(`${decodeURIComponent(u.username)}:${decodeURIComponent(u.password)}`).toString('base64')}`;
}

/**
 * Opens a TCP connection to `target` through an HTTP proxy (`CONNECT host:port`). Resolves with
 * the raw socket once the proxy answered 2xx; the caller speaks TLS over it. A refusal rejects
 * with "Proxy response (407) to CONNECT …" (classified like undici's tunnel errors). Only the
 * target's host and port, and the proxy's own credentials, are sent to the proxy.
 */
export function openConnectTunnel(proxy: TunnelProxy, target: { host: string; port: number }, signal?: AbortSignal): Promise<Socket> {
  const authority = `${target.host.includes(':') ? `[${target.host}]` : target.host}:${target.port}`;
  let head = `CONNECT ${authority} HTTP/1.1\r\nHost: ${authority}\r\n`;
  if (proxy.authorization) head += `Proxy-Authorization: ${proxy.authorization}\r\n`;
  head += '\r\n';

  return new Promise<Socket>((resolve, reject) => {
    const socket = connect({ host: proxy.host, port: proxy.port });
    let received = Buffer.alloc(0);
    const fail = (err: Error) => {
      cleanup();
      socket.destroy();
      reject(err);
    };
    const onAbort = () => fail((signal?.reason as Error | undefined) ?? new Error('aborted'));
    const onData = (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      const end = findHeadEnd(received);
      if (end < 0) {
        if (received.length > 16 * 1024) fail(new Error('Proxy response head too large'));
        return;
      }
      let status: number;
      try {
        status = parseResponseHead(received.subarray(0, end).toString('latin1')).status;
      } catch {
        return fail(new Error('Proxy response (000) to CONNECT: not HTTP'));
      }
      if (status < 200 || status > 299) {
        return fail(Object.assign(new Error(`Proxy response (${status}) to CONNECT ${authority}`), { code: 'PROXY_TUNNEL_REFUSED', status }));
      }
      cleanup();
      socket.pause();
      // Bytes after the head already belong to the tunnel.
      const rest = received.subarray(end);
      if (rest.length > 0) socket.unshift(rest);
      resolve(socket);
    };
    const onError = (err: Error) => fail(err);
    const onClose = () => fail(Object.assign(new Error('Proxy closed the connection before answering CONNECT'), { code: 'ECONNRESET' }));
    function cleanup() {
      socket.off('data', onData);
      socket.off('error', onError);
      socket.off('close', onClose);
      signal?.removeEventListener('abort', onAbort);
    }
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    socket.on('data', onData);
    socket.on('error', onError);
    socket.on('close', onClose);
    socket.write(head);
  });
}
