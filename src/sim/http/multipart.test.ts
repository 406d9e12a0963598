import { describe, expect, it } from 'vitest';
import { multipartBoundary, parseMultipart } from './multipart';

describe('multipartBoundary', () => {
  it.each([
    ['multipart/form-data; boundary=abc', 'abc'],
    ['multipart/form-data; charset=utf-8; boundary="a b;c"', 'a b;c'],
    ['Multipart/Form-Data;boundary=----x', '----x'],
    ['application/json', null],
    ['multipart/form-data', null],
    [undefined, null],
  ])('%s → %s', (header, expected) => {
    expect(multipartBoundary(header)).toBe(expected);
  });
});

describe('parseMultipart', () => {
  const b = 'XyZ';
  it('splits fields and files, keeping binary data intact', () => {
    const binary = Buffer.from([0, 13, 10, 45, 45, 88, 121, 255, 13, 10]); // a near-miss of "\r\n--XyZ"
    const body = Buffer.concat([
      Buffer.from(`preamble\r\n--${b}\r\nContent-Disposition: form-data; name="a"\r\n\r\nvalue\r\n`),
      Buffer.from(`--${b}\r\nContent-Disposition: form-data; name="file"; filename="q\\"uote.bin"\r\nContent-Type: image/png\r\n\r\n`),
      binary,
      Buffer.from(`\r\n--${b}--\r\nepilogue`),
    ]);
    const parts = parseMultipart(body, b);
    expect(parts.map((p) => [p.name, p.filename, p.contentType])).toEqual([
      ['a', null, null],
      ['file', 'q"uote.bin', 'image/png'],
    ]);
    expect(parts[0]?.data.toString()).toBe('value');
    expect(parts[1]?.data.equals(binary)).toBe(true);
  });

  it('throws on bodies without a boundary or without a terminator', () => {
    expect(() => parseMultipart(Buffer.from('nothing here'), b)).toThrow();
    expect(() => parseMultipart(Buffer.from(`--${b}\r\nContent-Disposition: form-data; name="a"\r\n\r\nunterminated`), b)).toThrow();
    expect(() => parseMultipart(Buffer.from(`--${b}\r\nno-header-end`), b)).toThrow();
  });

  it('handles an empty form', () => {
    expect(parseMultipart(Buffer.from(`--${b}--\r\n`), b)).toEqual([]);
  });
});
