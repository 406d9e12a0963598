import { notFound } from '../http/problem';
import { newId } from '../ids';
import type { PlaybookRecord } from '../types';

export interface PlaybookFields {
  title: string;
  body: string;
  macro: string | null;
}

/** Playbooks, in creation order. */
export class PlaybookStore {
  private playbooks: PlaybookRecord[] = [];
  private seq = 0;

  clear(): void {
    this.playbooks = [];
  }

  create(org_id: string, fields: PlaybookFields, actorId: string, nowSec: number): PlaybookRecord {
    const p: PlaybookRecord = {
      seq: ++this.seq,
      playbook_id: newId('playbook'),
      org_id,
      ...fields,
      created_at: nowSec,
      updated_at: nowSec,
      created_by: actorId,
      updated_by: actorId,
    };
    this.playbooks.push(p);
    return p;
  }

  find(org_id: string, id: string): PlaybookRecord | undefined {
    return this.playbooks.find((p) => p.playbook_id === id && p.org_id === org_id);
  }

  get(org_id: string, id: string): PlaybookRecord {
    const p = this.find(org_id, id);
    if (!p) throw notFound(`Playbook ${id}`);
    return p;
  }

  replace(org_id: string, id: string, fields: PlaybookFields, actorId: string, nowSec: number): PlaybookRecord {
    const p = this.get(org_id, id);
    Object.assign(p, fields, { updated_by: actorId, updated_at: Math.max(p.updated_at, nowSec) });
    return p;
  }

  delete(org_id: string, id: string): PlaybookRecord {
    const p = this.get(org_id, id);
    this.playbooks = this.playbooks.filter((x) => x !== p);
    return p;
  }

  list(org_id: string): PlaybookRecord[] {
    return this.playbooks.filter((p) => p.org_id === org_id);
  }

  static view(p: PlaybookRecord): Record<string, unknown> {
    return {
      playbook_id: p.playbook_id,
      title: p.title,
      body: p.body,
      macro: p.macro,
      access_type: 'org',
      org_id: p.org_id,
      created_at: p.created_at,
      updated_at: p.updated_at,
      created_by: p.created_by,
      updated_by: p.updated_by,
    };
  }
}
