/**
 * Pure: is `senderUrl` one of the app's own renderer pages? Each trusted URL admits the same
 * scheme, host and port, and its path or anything below it (query and hash ignored). This is
 * what keeps a navigated, injected or foreign frame from calling main.
 */
export function isTrustedSenderUrl(senderUrl: string, trustedUrls: readonly string[]): boolean {
  const sender = parse(senderUrl);
  if (!sender) return false;
  return trustedUrls.some((t) => {
    const trusted = parse(t);
    if (!trusted) return false;
    // Compare protocol + host explicitly: file:// URLs all have the opaque origin "null".
    if (sender.protocol !== trusted.protocol || sender.host !== trusted.host) return false;
    if (sender.username || sender.password) return false;
    const base = trusted.pathname;
    return sender.pathname === base || sender.pathname.startsWith(base.endsWith('/') ? base : `${base}/`);
  });
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
