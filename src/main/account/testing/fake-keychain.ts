import type { KeyStore } from '../key-store';
import { keychainError } from '../keychain-error';
import { decodeBoundKey } from '../bound-key';
import type { BoundKey } from '../bound-key';

/**
 * For tests of code above the keychain: behaves like the OS keychain (kind 'keychain'), and
 * can be made unreachable with the same error the real one raises. The real keychain is tested
 * against gnome-keyring in keychain.secret-service.test.ts.
 */
export class FakeKeychain implements KeyStore {
  readonly kind = 'keychain' as const;
  /** The entry's raw value: set a bare `cog_…` to stand for an entry written before keys were bound. */
  key: string | null = null;
  /** Every value written, in order (tests follow the migration of an old entry). */
  writes: string[] = [];

  /** The entry decoded: the key and the origin it is bound to (null origin: an old, unbound entry). */
  get stored(): BoundKey | null {
    return this.key === null ? null : decodeBoundKey(this.key);
  }
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
    this.writes.push(key);
  }

  async delete(): Promise<void> {
    this.#check();
    this.key = null;
  }
}
