import { isIP } from 'node:net';
import type { Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import type { DetailedPeerCertificate, PeerCertificate } from 'node:tls';
import type { CertificateSummary } from '../../shared/network';
import { openConnectTunnel } from './connect-tunnel';
import type { TunnelProxy } from './connect-tunnel';

/** `CN=x, O=y` from a certificate's subject or issuer fields (the parts people recognise). */
export function describeName(name: PeerCertificate['subject'] | undefined): string {
  if (!name) return '';
  const parts: string[] = [];
  for (const key of ['CN', 'OU', 'O', 'C'] as const) {
    const v = (name as unknown as Record<string, string | string[] | undefined>)[key];
    if (v !== undefined) parts.push(`${key}=${Array.isArray(v) ? v.join('+') : v}`);
  }
  return parts.join(', ');
}

/** The last certificate of the chain the server sent (its issuer is the root to trust). */
function topOfChain(cert: DetailedPeerCertificate): DetailedPeerCertificate {
  let current = cert;
  for (let i = 0; i < 10; i += 1) {
    const next = current.issuerCertificate;
    if (!next || next === current || next.fingerprint256 === current.fingerprint256) break;
    current = next;
  }
  return current;
}

/** OpenSSL's `Dec  4 21:55:50 2026 GMT` as ISO 8601 (for JSON and any locale); as given when unreadable. */
function isoDate(text: string): string {
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : text;
}

/** Pure: a peer certificate (with its chain) → what the UI shows. */
export function summarizeCertificate(cert: DetailedPeerCertificate, verifyError: string | null): CertificateSummary {
  const top = topOfChain(cert);
  return {
    subject: describeName(cert.subject),
    issuer: describeName(cert.issuer),
    root: describeName(top.issuer),
    validFrom: isoDate(cert.valid_from),
    validTo: isoDate(cert.valid_to),
    fingerprint256: cert.fingerprint256,
    verifyError,
  };
}

export interface ProbeOptions {
  /** Through this HTTP proxy (CONNECT); null: straight to the host. */
  proxy?: TunnelProxy | null;
  timeoutMs?: number;
}

/**
 * Reads the certificate an https server presents, without trusting it and without sending any
 * request: a TLS handshake, then the connection is closed. Used after a TLS failure to say whose
 * certificate was refused (e.g. a company's inspection proxy). Null when it cannot be read.
 */
export async function probeCertificate(url: URL, opts: ProbeOptions = {}): Promise<CertificateSummary | null> {
  if (url.protocol !== 'https:') return null;
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const port = Number(url.port || 443);
  const signal = AbortSignal.timeout(opts.timeoutMs ?? 8000);
  let tunnel: Socket | undefined;
  try {
    if (opts.proxy) tunnel = await openConnectTunnel(opts.proxy, { host, port }, signal);
  } catch {
    return null;
  }
  return new Promise<CertificateSummary | null>((resolve) => {
    const socket = tlsConnect({
      ...(tunnel ? { socket: tunnel } : { host, port }),
      ...(isIP(host) ? {} : { servername: host }),
      // Reading only: the handshake's verdict is reported, nothing is sent over this connection.
      rejectUnauthorized: false,
      ALPNProtocols: ['http/1.1'],
    });
    const done = (value: CertificateSummary | null) => {
      signal.removeEventListener('abort', onAbort);
      socket.destroy();
      tunnel?.destroy();
      resolve(value);
    };
    const onAbort = () => done(null);
    signal.addEventListener('abort', onAbort, { once: true });
    socket.once('secureConnect', () => {
      const cert = socket.getPeerCertificate(true);
      const error = socket.authorizationError;
      const verify = error ? String((error as unknown as { code?: string }).code ?? error) : null;
      done(cert && Object.keys(cert).length > 0 ? summarizeCertificate(cert, verify) : null);
    });
    socket.once('error', () => done(null));
  });
}
