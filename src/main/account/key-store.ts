/**
 * Where the API key is kept. The keychain is the normal home; memory is the explicit fallback
 * for this run only (no keychain available), and never touches disk.
 */
export interface KeyStore {
  readonly kind: 'keychain' | 'memory';
  /** The stored key, or null when there is none. Throws KEYCHAIN_UNAVAILABLE when unreachable. */
  get(): Promise<string | null>;
  set(key: string): Promise<void>;
  /** Removes the key; no error when there was none. */
  delete(): Promise<void>;
}

/** A KeyStore that lives in this process only. */
export class MemoryKeyStore implements KeyStore {
  readonly kind = 'memory' as const;
  #key: string | null;

  constructor(initial: string | null = null) {
    this.#key = initial;
  }

  async get(): Promise<string | null> {
    return this.#key;
  }

  async set(key: string): Promise<void> {
    this.#key = key;
  }

  async delete(): Promise<void> {
    this.#key = null;
  }
}
