import { notFound } from '../http/problem';
import { newId } from '../ids';
import type { SecretRecord } from '../types';

export interface SecretFields {
  key: string;
  value: string;
  secret_type: SecretRecord['secret_type'];
  is_sensitive: boolean;
  note: string | null;
}

/** Org secrets, in creation order. Values are stored (a session could use them) and never served. */
export class SecretStore {
  private secrets: SecretRecord[] = [];
  private seq = 0;

  clear(): void {
    this.secrets = [];
  }

  create(org_id: string, fields: SecretFields, actorId: string, nowSec: number): SecretRecord {
    const s: SecretRecord = { seq: ++this.seq, secret_id: newId('secret'), org_id, ...fields, created_at: nowSec, created_by: actorId };
    this.secrets.push(s);
    return s;
  }

  list(org_id: string): SecretRecord[] {
    return this.secrets.filter((s) => s.org_id === org_id);
  }

  get(org_id: string, id: string): SecretRecord {
    const s = this.secrets.find((x) => x.secret_id === id && x.org_id === org_id);
    if (!s) throw notFound(`Secret ${id}`);
    return s;
  }

  delete(org_id: string, id: string): SecretRecord {
    const s = this.get(org_id, id);
    this.secrets = this.secrets.filter((x) => x !== s);
    return s;
  }

  /** `SecretResponse`: everything but the value. */
  static view(s: SecretRecord): Record<string, unknown> {
    return {
      secret_id: s.secret_id,
      key: s.key,
      note: s.note,
      secret_type: s.secret_type,
      access_type: 'org',
      is_sensitive: s.is_sensitive,
      created_at: s.created_at,
      created_by: s.created_by,
    };
  }
}
