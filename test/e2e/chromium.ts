import { existsSync } from 'node:fs';

/** Flags for Debian's Chromium on a closed network (no background calls home), as root in CI. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

/** Debian's Chromium, or CHROMIUM_PATH (e.g. a local Chrome on macOS/Windows). */
export function chromiumPath(): string {
  const p = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
  if (!existsSync(p)) throw new Error(`Chromium not found at ${p}; install it (apt-get install chromium) or set CHROMIUM_PATH.`);
  return p;
}
