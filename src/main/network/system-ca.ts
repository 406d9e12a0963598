import * as tls from 'node:tls';

/** The part of `node:tls` this needs; injected in tests. */
export interface TlsCertificateSource {
  /** Node ≥ 22.15 / 23.10 (Electron 45 bundles Node 24): 'default' | 'system' | 'bundled' | 'extra'. */
  getCACertificates?: (type?: 'default' | 'system' | 'bundled' | 'extra') => string[];
}

/**
 * The CA list for the built-in download client in the app: Node's defaults (Mozilla's bundle plus
 * NODE_EXTRA_CA_CERTS) and the OS store, so a company root installed on the machine is trusted
 * like Chromium trusts it. Passing `ca` replaces Node's defaults, hence both. Undefined where the
 * runtime cannot read the OS store (Node 20: the CLI): Node's own defaults then apply unchanged.
 */
export function trustedCaCertificates(source: TlsCertificateSource = tls as TlsCertificateSource): string[] | undefined {
  const get = source.getCACertificates;
  if (typeof get !== 'function') return undefined;
  let system: string[];
  let defaults: string[];
  try {
    system = get.call(source, 'system');
    defaults = get.call(source, 'default');
  } catch {
    return undefined;
  }
  if (system.length === 0) return undefined;
  return [...new Set([...defaults, ...system])];
}

/** Reads the OS store once, when the first download needs it (it can take a moment on Windows and macOS). */
export function lazyTrustedCaCertificates(source?: TlsCertificateSource): () => string[] | undefined {
  let cached: { value: string[] | undefined } | null = null;
  return () => {
    cached ??= { value: trustedCaCertificates(source) };
    return cached.value;
  };
}
