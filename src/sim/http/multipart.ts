/**
 * A small multipart/form-data parser (RFC 7578) over a fully read body. Works on raw bytes, so
 * binary file contents (including CR/LF and bytes that look like dashes) come through intact.
 */

export interface MultipartPart {
  /** The form field name from Content-Disposition. */
  name: string;
  /** The filename, if the part is a file (filename* per RFC 5987 wins over filename). */
  filename: string | null;
  contentType: string | null;
  data: Buffer;
}

/** The boundary from a Content-Type header, or null if it is not multipart/form-data. */
export function multipartBoundary(contentType: string | undefined): string | null {
  if (!contentType || !/^multipart\/form-data\b/i.test(contentType.trim())) return null;
  const m = /;\s*boundary\s*=\s*(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  const boundary = m?.[1] ?? m?.[2];
  return boundary && boundary.length <= 200 ? boundary : null;
}

/** Splits a body into parts; throws Error('…') on a malformed body. */
export function parseMultipart(body: Buffer, boundary: string): MultipartPart[] {
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: MultipartPart[] = [];
  let pos = body.indexOf(delimiter);
  if (pos < 0) throw new Error('multipart boundary not found');
  for (;;) {
    pos += delimiter.length;
    // "--" right after a delimiter closes the body.
    if (body[pos] === 0x2d && body[pos + 1] === 0x2d) return parts;
    pos = skipLineEnd(body, pos);
    const next = body.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), pos);
    if (next < 0) throw new Error('multipart body is not terminated');
    parts.push(parsePart(body.subarray(pos, next)));
    pos = next + 2;
  }
}

function skipLineEnd(body: Buffer, pos: number): number {
  // Transport padding (spaces/tabs) may precede the CRLF after a delimiter.
  while (body[pos] === 0x20 || body[pos] === 0x09) pos++;
  if (body[pos] === 0x0d && body[pos + 1] === 0x0a) return pos + 2;
  if (body[pos] === 0x0a) return pos + 1;
  throw new Error('malformed multipart delimiter line');
}

function parsePart(raw: Buffer): MultipartPart {
  const headerEnd = raw.indexOf('\r\n\r\n');
  if (headerEnd < 0) throw new Error('multipart part has no header block');
  const headers = parseHeaders(raw.subarray(0, headerEnd).toString('utf8'));
  const disposition = headers.get('content-disposition') ?? '';
  const params = dispositionParams(disposition);
  const name = params.get('name');
  if (name === undefined) throw new Error('multipart part has no name');
  const extended = params.get('filename*');
  const filename = extended !== undefined ? decodeExtended(extended) : (params.get('filename') ?? null);
  return { name, filename, contentType: headers.get('content-type') ?? null, data: raw.subarray(headerEnd + 4) };
}

function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of block.split('\r\n')) {
    const i = line.indexOf(':');
    if (i > 0) headers.set(line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim());
  }
  return headers;
}

/** Parameters of `form-data; name="file"; filename="a b.txt"` (quoted-string escapes handled). */
function dispositionParams(value: string): Map<string, string> {
  const params = new Map<string, string>();
  const re = /;\s*([^=\s;]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]*))/g;
  for (let m = re.exec(value); m; m = re.exec(value)) {
    const key = (m[1] ?? '').toLowerCase();
    const v = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : (m[3] ?? '').trim();
    params.set(key, v);
  }
  return params;
}

/** RFC 5987 `UTF-8''na%C3%AFve.txt` → `naïve.txt`. */
function decodeExtended(value: string): string {
  const m = /^([^']*)'[^']*'(.*)$/.exec(value);
  if (!m) return value;
  try {
    return decodeURIComponent(m[2] ?? '');
  } catch {
    return m[2] ?? '';
  }
}
