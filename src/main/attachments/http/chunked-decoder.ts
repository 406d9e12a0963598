/**
 * Incremental decoder for `Transfer-Encoding: chunked` (RFC 9112 §7.1). Pure: feed it bytes as
 * they arrive, in any split, and it returns the body slices (views into the input, no copies).
 * Chunk extensions and trailer fields are read and ignored.
 */

const MAX_LINE = 4096;
const CR = 13;
const LF = 10;

type Phase = 'size' | 'data' | 'dataEnd' | 'trailer' | 'done';

export class ChunkedDecoder {
  private phase: Phase = 'size';
  private remaining = 0;
  private line = '';

  /** True once the terminating zero-size chunk and the trailer section have been read. */
  get done(): boolean {
    return this.phase === 'done';
  }

  /** Feeds bytes; returns the body data they contain, in order. Throws on malformed framing. */
  push(input: Uint8Array): Uint8Array[] {
    const out: Uint8Array[] = [];
    let i = 0;
    while (i < input.length && this.phase !== 'done') {
      if (this.phase === 'data') {
        const take = Math.min(this.remaining, input.length - i);
        out.push(input.subarray(i, i + take));
        i += take;
        this.remaining -= take;
        if (this.remaining === 0) this.phase = 'dataEnd';
        continue;
      }
      const byte = input[i] as number;
      i += 1;
      if (byte === CR) continue;
      if (byte !== LF) {
        this.line += String.fromCharCode(byte);
        if (this.line.length > MAX_LINE) throw new Error('chunked: line too long');
        continue;
      }
      this.endLine();
    }
    return out;
  }

  private endLine(): void {
    const line = this.line;
    this.line = '';
    switch (this.phase) {
      case 'size': {
        const hex = (line.split(';')[0] ?? '').trim();
        if (!/^[0-9a-fA-F]{1,12}$/.test(hex)) throw new Error(`chunked: bad chunk size "${line.slice(0, 40)}"`);
        const size = Number.parseInt(hex, 16);
        this.remaining = size;
        this.phase = size === 0 ? 'trailer' : 'data';
        return;
      }
      case 'dataEnd':
        if (line !== '') throw new Error('chunked: missing CRLF after chunk data');
        this.phase = 'size';
        return;
      case 'trailer':
        if (line === '') this.phase = 'done';
        return;
      default:
        return;
    }
  }
}
