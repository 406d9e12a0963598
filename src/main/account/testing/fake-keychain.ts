import type { KeyStore } from '../key-store';
import { keychainError } from '../keychain-error';

/**
 * For tests of code above the keychain: behaves like the OS keychain (kind 'keychain'), and
 * can be made unreachable with the same error the real one raises. The real keychain is tested
 * against gnome-keyring in keychain.secret-service.test.ts.
 */
export class FakeKeychain implements KeyStore {
  readonly kind = 'keychain' as const;
  key: string | null = null;
  /** When set, every call fails like a missing D-Bus session. */
  unavailable = false;

  #check(): void {
    if (this.unavailable) throw keychainError(new Error('Platform failure: DBus error: Cannot autolaunch D-Bus without X11 $DISPLAY'));
  }

  async get(): Promise<string | null> {
    this.#check();
    return this.key;
  }

  async set(key: string): Promise<void> {
    this.#check();
    this.key = key;
  }

  async delete(): Promise<void> {
    this.#check();
    this.key = null;
  }
}
