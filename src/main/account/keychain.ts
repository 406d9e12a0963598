import { AsyncEntry } from '@napi-rs/keyring';
import type { KeyStore } from './key-store';
import { keychainError } from './keychain-error';

export interface KeychainOptions {
  /** Keychain service name; "devin-tray" in the app and CLI. */
  service?: string;
  /** Keychain account name; tests use their own so they never touch a real key. */
  account?: string;
}

export const KEYCHAIN_SERVICE = 'devin-tray';
export const KEYCHAIN_ACCOUNT = 'api-key';

/**
 * The API key in the OS keychain (macOS Keychain, Windows Credential Manager, Secret Service on
 * Linux). On Linux the entry is pinned to the Secret Service: keyring's default would otherwise
 * fall back to the kernel keyring silently, which forgets the key at logout.
 * Every failure becomes AppError KEYCHAIN_UNAVAILABLE with a reason a person can act on.
 * Note: libdbus resolves the session bus address once per process, so changing
 * DBUS_SESSION_BUS_ADDRESS after the first keychain call has no effect.
 */
export class Keychain implements KeyStore {
  readonly kind = 'keychain' as const;
  readonly #service: string;
  readonly #account: string;

  constructor(opts: KeychainOptions = {}) {
    this.#service = opts.service ?? KEYCHAIN_SERVICE;
    this.#account = opts.account ?? KEYCHAIN_ACCOUNT;
  }

  async get(): Promise<string | null> {
    return this.#run((entry) => entry.getPassword());
  }

  async set(key: string): Promise<void> {
    await this.#run((entry) => entry.setPassword(key));
  }

  async delete(): Promise<void> {
    await this.#run((entry) => entry.deleteCredential());
  }

  async #run<T>(op: (entry: AsyncEntry) => Promise<T>): Promise<T> {
    try {
      // A fresh entry per call: the D-Bus connection may have changed since the last one.
      const entry = new AsyncEntry(this.#service, this.#account, { linux: { store: 'secret-service' } });
      return await op(entry);
    } catch (err) {
      throw keychainError(err);
    }
  }
}
