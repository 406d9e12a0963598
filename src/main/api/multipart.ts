import type { BodyFactory } from './transport';

/** What to upload: bytes in memory, a Blob/File, or a stream (a stream cannot be retried). */
export type UploadData = Blob | Uint8Array | ReadableStream<Uint8Array>;

export interface UploadProgress {
  /** File bytes handed to the network so far. */
  sentBytes: number;
  /** File size when known (not for streams). */
  totalBytes: number | null;
}

export interface MultipartFile {
  /** Form field name (the upload endpoint wants `file`). */
  field: string;
  filename: string;
  contentType: string;
  data: UploadData;
  onProgress?: ((p: UploadProgress) => void) | undefined;
}

const CHUNK = 64 * 1024;
const encoder = new TextEncoder();

/** Quotes a header parameter the way browsers encode form-data names: `"`, CR and LF percent-escaped. */
export function escapeFormName(name: string): string {
  return name.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function dataSize(data: UploadData): number | null {
  if (data instanceof Uint8Array) return data.byteLength;
  if (data instanceof Blob) return data.size;
  return null;
}

/** Slices big chunks so progress moves smoothly (a Blob may stream as a single chunk). */
function* slices(bytes: Uint8Array): Generator<Uint8Array> {
  for (let i = 0; i < bytes.byteLength; i += CHUNK) yield bytes.subarray(i, Math.min(i + CHUNK, bytes.byteLength));
}

async function* chunksOf(data: UploadData): AsyncGenerator<Uint8Array> {
  if (data instanceof Uint8Array) {
    yield* slices(data);
    return;
  }
  const stream = data instanceof Blob ? (data.stream() as ReadableStream<Uint8Array>) : data;
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield* slices(value);
    }
  } finally {
    reader.releaseLock();
  }
}

/**
 * A streaming `multipart/form-data` body with one file part, reporting progress as the network
 * pulls bytes. The factory builds a fresh body per attempt; `replayable` is false for a one-shot
 * stream, which must not be retried.
 */
export function multipartUpload(file: MultipartFile, boundary: string): { factory: BodyFactory; replayable: boolean } {
  const head = encoder.encode(
    `--${boundary}\r\n` +
      `Content-Disposition: form-data; name="${escapeFormName(file.field)}"; filename="${escapeFormName(file.filename)}"\r\n` +
      `Content-Type: ${file.contentType.replace(/[\r\n]/g, '')}\r\n\r\n`,
  );
  const tail = encoder.encode(`\r\n--${boundary}--\r\n`);
  const size = dataSize(file.data);
  const replayable = size !== null;

  const factory: BodyFactory = () => {
    let sent = 0;
    const parts = (async function* () {
      yield head;
      for await (const chunk of chunksOf(file.data)) {
        yield chunk;
        sent += chunk.byteLength;
        file.onProgress?.({ sentBytes: sent, totalBytes: size });
      }
      yield tail;
    })();
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const next = await parts.next();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      },
      async cancel() {
        await parts.return(undefined);
      },
    });
    const headers: Record<string, string> = { 'Content-Type': `multipart/form-data; boundary=${boundary}` };
    if (size !== null) headers['Content-Length'] = String(head.byteLength + size + tail.byteLength);
    return { body, headers };
  };
  return { factory, replayable };
}
