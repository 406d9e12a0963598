import type { AuthInfo, ClientRequest, ClientRequestConstructorOptions } from 'electron';
import { EventEmitter } from 'node:events';
import { Readable } from 'node:stream';

/**
 * A stand-in for Electron's `net.request` (its ClientRequest and IncomingMessage), scripted by
 * the test: answer, redirect, ask for proxy credentials, or fail the way Chromium reports it.
 */
export class FakeClientRequest extends EventEmitter {
  readonly headers: Record<string, string> = {};
  readonly written: Buffer[] = [];
  ended = false;
  aborted = false;
  chunkedEncoding = false;
  /** Response chunks the consumer has pulled out of the fake socket so far. */
  delivered = 0;
  /** The fake response, once answered (a Readable the test can inspect for back-pressure). */
  response: (Readable & { statusCode: number; statusMessage: string; headers: Record<string, string | string[]> }) | null = null;

  constructor(
    readonly options: ClientRequestConstructorOptions,
    private readonly onEnd: (req: FakeClientRequest) => void,
  ) {
    super();
  }

  setHeader(name: string, value: string): void {
    this.headers[name.toLowerCase()] = value;
  }

  write(chunk: string | Buffer, _encoding?: string, callback?: () => void): boolean {
    this.written.push(Buffer.from(chunk));
    callback?.();
    return true;
  }

  end(chunk?: string | Buffer): this {
    if (chunk !== undefined) this.written.push(Buffer.from(chunk));
    this.ended = true;
    queueMicrotask(() => this.onEnd(this));
    return this;
  }

  abort(): void {
    this.aborted = true;
    this.response?.destroy();
  }

  get body(): string {
    return Buffer.concat(this.written).toString('utf8');
  }

  /** Answers with a body the consumer pulls chunk by chunk (`chunks` are pushed only when read). */
  respond(statusCode: number, headers: Record<string, string | string[]> = {}, chunks: Buffer[] = []): void {
    const queue = [...chunks];
    const count = () => (this.delivered += 1);
    const res = new Readable({
      highWaterMark: 16 * 1024,
      read() {
        const next = queue.shift();
        if (next) count();
        this.push(next ?? null);
      },
    });
    this.response = Object.assign(res, { statusCode, statusMessage: 'OK', headers });
    this.emit('response', this.response);
  }

  redirect(statusCode: number, location: string): void {
    this.emit('redirect', statusCode, 'GET', location, { location: [location] });
  }

  /** Emits `login`; resolves with what the app answered (`[]` = cancelled). */
  login(authInfo: Partial<AuthInfo>): Promise<string[]> {
    return new Promise((resolve) => {
      const info: AuthInfo = { isProxy: true, scheme: 'basic', host: 'proxy.corp', port: 3128, realm: 'Corp', ...authInfo };
      const handled = this.emit('login', info, (username?: string, password?: string) => resolve([username, password].filter((v): v is string => v !== undefined)));
      if (!handled) resolve([]);
    });
  }

  fail(netError: string): void {
    this.emit('error', new Error(netError));
  }
}

/** `net.request` whose requests are handed to `script` once their body has been sent. */
export function createFakeNet(script: (req: FakeClientRequest) => void | Promise<void>) {
  const requests: FakeClientRequest[] = [];
  const request = (options: ClientRequestConstructorOptions): ClientRequest => {
    const req = new FakeClientRequest(options, (r) => void script(r));
    requests.push(req);
    return req as unknown as ClientRequest;
  };
  return { request, requests };
}
