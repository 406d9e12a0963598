import { describe, expect, it } from 'vitest';
import { parseSimArgs } from './cli-args';

describe('parseSimArgs', () => {
  it('reads port, host, seed and app host in both flag styles', () => {
    expect(parseSimArgs(['--port', '4010', '--seed', 'demo'])).toEqual({ port: 4010, seed: 'demo' });
    expect(parseSimArgs(['--port=0', '--host=127.0.0.1', '--app-host', 'https://x.test'])).toEqual({ port: 0, host: '127.0.0.1', appHost: 'https://x.test' });
  });

  it('rejects bad values and unknown flags', () => {
    expect(() => parseSimArgs(['--port', '70000'])).toThrow('--port');
    expect(() => parseSimArgs(['--seed', 'full'])).toThrow('--seed');
    expect(() => parseSimArgs(['--port'])).toThrow('needs a value');
    expect(() => parseSimArgs(['--verbose'])).toThrow('Unknown argument');
  });
});
