import { describe, expect, it } from 'vitest';
import { lazyTrustedCaCertificates, trustedCaCertificates } from './system-ca';

describe('trustedCaCertificates', () => {
  it('adds the OS store to Node’s defaults, without duplicates', () => {
    const source = { getCACertificates: (type?: string) => (type === 'system' ? ['CORP', 'MOZ'] : ['MOZ', 'EXTRA']) };
    expect(trustedCaCertificates(source)).toEqual(['MOZ', 'EXTRA', 'CORP']);
  });

  it.each([
    ['a runtime without the API (Node 20)', {}],
    ['an empty OS store', { getCACertificates: () => [] }],
    ['a store that cannot be read', { getCACertificates: () => { throw new Error('keychain locked'); } }],
  ])('leaves Node’s defaults alone for %s', (_name, source) => {
    expect(trustedCaCertificates(source)).toBeUndefined();
  });

  it('reads the store once', () => {
    let reads = 0;
    const get = lazyTrustedCaCertificates({ getCACertificates: (type?: string) => (reads++, type === 'system' ? ['A'] : []) });
    expect(get()).toEqual(['A']);
    expect(get()).toEqual(['A']);
    expect(reads).toBe(2);
  });
});
