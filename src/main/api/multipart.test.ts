import { describe, expect, it } from 'vitest';
import { escapeFormName, multipartUpload, type UploadProgress } from './multipart';

async function bodyText(data: Blob | Uint8Array | ReadableStream<Uint8Array>, onProgress?: (p: UploadProgress) => void) {
  const { factory, replayable } = multipartUpload({ field: 'file', filename: 'a "b".txt', contentType: 'text/plain', data, onProgress }, 'BOUND');
  const { body, headers } = factory();
  return { text: await new Response(body).text(), headers, replayable };
}

describe('multipartUpload', () => {
  it('frames one file part with a content length', async () => {
    const { text, headers, replayable } = await bodyText(new TextEncoder().encode('hello'));
    expect(text).toBe('--BOUND\r\nContent-Disposition: form-data; name="file"; filename="a %22b%22.txt"\r\nContent-Type: text/plain\r\n\r\nhello\r\n--BOUND--\r\n');
    expect(headers['Content-Type']).toBe('multipart/form-data; boundary=BOUND');
    expect(Number(headers['Content-Length'])).toBe(new TextEncoder().encode(text).byteLength);
    expect(replayable).toBe(true);
  });

  it('reports progress for a Blob in chunks up to the total', async () => {
    const size = 200 * 1024;
    const progress: UploadProgress[] = [];
    await bodyText(new Blob([new Uint8Array(size)]), (p) => progress.push(p));
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toEqual({ sentBytes: size, totalBytes: size });
  });

  it('streams a ReadableStream once, without a length', async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new TextEncoder().encode('ab'));
        c.enqueue(new TextEncoder().encode('cd'));
        c.close();
      },
    });
    const { text, headers, replayable } = await bodyText(stream);
    expect(text).toContain('\r\n\r\nabcd\r\n--BOUND--');
    expect(headers['Content-Length']).toBeUndefined();
    expect(replayable).toBe(false);
  });

  it('escapes quotes and line breaks in names', () => {
    expect(escapeFormName('x"\r\ny')).toBe('x%22%0D%0Ay');
  });
});
