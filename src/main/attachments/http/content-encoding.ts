/**
 * Downloads ask for `Accept-Encoding: identity`: the bytes on disk must be the file, their count
 * must match Content-Length, and a resume must continue the same bytes. A server that still sends
 * gzip or deflate is refused: the built-in client would save compressed bytes under the file's
 * name, and a decoding fetch (undici, Electron's net.fetch) would inflate a small body into
 * gigabytes with no length to check them against.
 */

/** Pure: the content coding(s) of a response we did not ask for, or null when the body is the file itself. */
export function unrequestedEncoding(header: string | null): string | null {
  if (header === null) return null;
  const codings = header
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== '' && c !== 'identity');
  return codings.length > 0 ? codings.join(', ') : null;
}
