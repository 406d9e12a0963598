import { describe, expect, it } from 'vitest';
import { ChunkedDecoder } from './chunked-decoder';
import { bodyFraming, findHeadEnd, parseResponseHead } from './response-head';

const bytes = (s: string) => new TextEncoder().encode(s);
const text = (parts: Uint8Array[]) => Buffer.concat(parts).toString('latin1');

describe('ChunkedDecoder', () => {
  const wire = '5;ext=1\r\nhello\r\n7\r\n, world\r\n0\r\nTrailer: x\r\n\r\n';

  it('decodes whole and byte-by-byte input alike', () => {
    const whole = new ChunkedDecoder();
    expect(text(whole.push(bytes(wire)))).toBe('hello, world');
    expect(whole.done).toBe(true);
    const split = new ChunkedDecoder();
    const out: Uint8Array[] = [];
    for (const b of bytes(wire)) out.push(...split.push(Uint8Array.of(b)));
    expect(text(out)).toBe('hello, world');
    expect(split.done).toBe(true);
  });

  it('carries data bytes that look like CR/LF', () => {
    const d = new ChunkedDecoder();
    expect(text(d.push(bytes('4\r\n\r\n\r\n\r\n0\r\n\r\n')))).toBe('\r\n\r\n');
    expect(d.done).toBe(true);
  });

  it('rejects malformed framing', () => {
    expect(() => new ChunkedDecoder().push(bytes('zz\r\n'))).toThrow(/chunk size/);
    expect(() => new ChunkedDecoder().push(bytes('2\r\nabX\r\n'))).toThrow(/CRLF/);
  });
});

describe('response head', () => {
  it('finds the end of the head and parses it', () => {
    const raw = 'HTTP/1.1 206 Partial Content\r\nContent-Range: bytes 1-2/3\r\nX-A: 1\r\nX-A: 2\r\n\r\nBODY';
    const end = findHeadEnd(bytes(raw));
    expect(raw.slice(end)).toBe('BODY');
    const head = parseResponseHead(raw.slice(0, end));
    expect(head.status).toBe(206);
    expect(head.headers.get('x-a')).toBe('1, 2');
    expect(findHeadEnd(bytes('HTTP/1.1 200 OK\r\nA: b\r\n'))).toBe(-1);
  });

  it('derives the body framing', () => {
    const f = (status: number, headers: Record<string, string>) => bodyFraming({ status, headers: new Headers(headers) });
    expect(f(200, { 'content-length': '10' })).toEqual({ kind: 'length', length: 10 });
    expect(f(200, { 'transfer-encoding': 'chunked', 'content-length': '10' })).toEqual({ kind: 'chunked' });
    expect(f(200, {})).toEqual({ kind: 'close' });
    expect(f(204, { 'content-length': '10' })).toEqual({ kind: 'none' });
    expect(() => f(200, { 'content-length': '10, 11' })).toThrow(/Content-Length/);
    expect(() => parseResponseHead('HTTP/2 200\r\n')).toThrow(/status line/);
  });
});
