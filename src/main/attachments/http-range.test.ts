import { describe, expect, it } from 'vitest';
import { decideResume, ifRangeValidator, parseContentLength, parseContentRange } from './http-range';
import { parseRetryAfter, retryDelayMs, DEFAULT_RETRY_OPTIONS } from './backoff';
import { createRateMeter } from './rate-meter';

const h = (o: Partial<{ contentLength: string; contentRange: string; contentEncoding: string }> = {}) => ({
  contentLength: o.contentLength ?? null,
  contentRange: o.contentRange ?? null,
  contentEncoding: o.contentEncoding ?? null,
});

describe('resume decisions', () => {
  it('appends a 206 that starts where we stopped', () => {
    expect(decideResume(206, 100, h({ contentRange: 'bytes 100-199/200' }))).toEqual({ kind: 'append', total: 200 });
    expect(decideResume(206, 100, h({ contentRange: 'bytes 100-199/*' }))).toEqual({ kind: 'append', total: null });
  });
  it('restarts from zero when the server ignores Range (200)', () => {
    expect(decideResume(200, 100, h({ contentLength: '200' }))).toEqual({ kind: 'restart', total: 200 });
  });
  it('refuses a 206 for another range, and compressed partial content', () => {
    expect(decideResume(206, 100, h({ contentRange: 'bytes 0-199/200' })).kind).toBe('invalid');
    expect(decideResume(206, 100, h({ contentRange: 'bytes 100-199/200', contentEncoding: 'gzip' })).kind).toBe('invalid');
    expect(decideResume(206, 100, h()).kind).toBe('invalid');
  });
  it('takes 416 with the full length equal to what we have as complete', () => {
    expect(decideResume(416, 200, h({ contentRange: 'bytes */200' }))).toEqual({ kind: 'complete', total: 200 });
    expect(decideResume(416, 150, h({ contentRange: 'bytes */200' })).kind).toBe('invalid');
  });
  it('cannot length-check a compressed body', () => {
    expect(decideResume(200, 0, h({ contentLength: '50', contentEncoding: 'gzip' }))).toEqual({ kind: 'restart', total: null });
  });
  it('parses headers strictly', () => {
    expect(parseContentRange('bytes 5-9/10')).toEqual({ start: 5, end: 9, total: 10 });
    expect(parseContentRange('bytes 5-10/10')).toBeNull();
    expect(parseContentRange('items 0-1/2')).toBeNull();
    expect(parseContentLength(' 42 ')).toBe(42);
    expect(parseContentLength('4x')).toBeNull();
    expect(ifRangeValidator('"abc"', 'Tue, 01 Jan 2030 00:00:00 GMT')).toBe('"abc"');
    expect(ifRangeValidator('W/"abc"', 'Tue, 01 Jan 2030 00:00:00 GMT')).toBe('Tue, 01 Jan 2030 00:00:00 GMT');
    expect(ifRangeValidator(null, null)).toBeNull();
  });
});

describe('backoff and rate', () => {
  it('grows exponentially with jitter, capped, and honours Retry-After', () => {
    const o = { ...DEFAULT_RETRY_OPTIONS, baseDelayMs: 100, maxDelayMs: 1000 };
    expect(retryDelayMs(1, o, () => 0)).toBe(50);
    expect(retryDelayMs(1, o, () => 1)).toBe(100);
    expect(retryDelayMs(3, o, () => 1)).toBe(400);
    expect(retryDelayMs(10, o, () => 1)).toBe(1000);
    expect(retryDelayMs(1, o, () => 1, 5000)).toBe(1000);
    expect(retryDelayMs(1, o, () => 1, 200)).toBe(200);
    expect(parseRetryAfter('3', 0)).toBe(3000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4000)).toBe(6000);
    expect(parseRetryAfter('soon', 0)).toBeNull();
  });

  it('smooths the transfer rate', () => {
    let t = 0;
    const meter = createRateMeter(() => t, 1000);
    t = 1000;
    expect(meter.sample(1000)).toBe(1000);
    t = 2000;
    const next = meter.sample(1000); // nothing arrived for a second
    expect(next).toBeGreaterThan(0);
    expect(next).toBeLessThan(1000);
    t = 2010;
    expect(meter.sample(5000)).toBe(next); // too soon: folded into the next sample
  });
});
