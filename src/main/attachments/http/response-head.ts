/** Pure parsing of an HTTP/1.1 response head and the body framing it implies (RFC 9112 §4–6). */

export interface ResponseHead {
  status: number;
  headers: Headers;
}

/** How the body's end is known. */
export type BodyFraming = { kind: 'none' } | { kind: 'length'; length: number } | { kind: 'chunked' } | { kind: 'close' };

/** Largest response head we accept. */
export const MAX_HEAD_BYTES = 64 * 1024;

/** Index just past the blank line ending the head in `buf`, or -1 while incomplete. */
export function findHeadEnd(buf: Uint8Array): number {
  for (let i = 0; i + 1 < buf.length; i += 1) {
    if (buf[i] !== 10) continue;
    if (buf[i + 1] === 10) return i + 2;
    if (buf[i + 1] === 13 && buf[i + 2] === 10) return i + 3;
  }
  return -1;
}

/** Parses the head (status line + fields). Throws on anything malformed. */
export function parseResponseHead(text: string): ResponseHead {
  const lines = text.split(/\r?\n/);
  const statusLine = lines[0] ?? '';
  const m = /^HTTP\/1\.[01] (\d{3})(?: .*)?$/.exec(statusLine);
  if (!m) throw new Error(`bad status line "${statusLine.slice(0, 60)}"`);
  const headers = new Headers();
  for (const line of lines.slice(1)) {
    if (line === '') continue;
    if (/^[ \t]/.test(line)) throw new Error('obsolete header folding');
    const colon = line.indexOf(':');
    if (colon <= 0) throw new Error(`bad header line "${line.slice(0, 60)}"`);
    headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  return { status: Number(m[1]), headers };
}

/** How the body of a response to a GET is delimited. */
export function bodyFraming(head: ResponseHead): BodyFraming {
  const { status, headers } = head;
  if ((status >= 100 && status < 200) || status === 204 || status === 304) return { kind: 'none' };
  const te = headers.get('transfer-encoding');
  if (te !== null) {
    const codings = te.toLowerCase().split(',').map((s) => s.trim());
    return codings[codings.length - 1] === 'chunked' ? { kind: 'chunked' } : { kind: 'close' };
  }
  const cl = headers.get('content-length');
  if (cl === null) return { kind: 'close' };
  // Repeated fields arrive joined with ", "; they must all agree.
  const values = new Set(cl.split(',').map((s) => s.trim()));
  const [only] = [...values];
  if (values.size !== 1 || only === undefined || !/^\d{1,15}$/.test(only)) throw new Error(`bad Content-Length "${cl.slice(0, 40)}"`);
  return { kind: 'length', length: Number(only) };
}
