import { notFound } from '../http/problem';
import { newId } from '../ids';
import type { KnowledgeFolderRecord, NoteRecord } from '../types';

/** The fields a note is created or fully replaced with. */
export interface NoteFields {
  name: string;
  body: string;
  trigger: string;
  folder_id: string | null;
  pinned_repo: string | null;
  is_enabled: boolean;
  macro?: string | null;
}

/** Note list filters: `search` (case-insensitive, in name/body/trigger), `folder_path` (that folder and below), `pinned_repo` (exact). */
export interface NoteFilters {
  search?: string;
  folderPath?: string;
  pinnedRepo?: string;
}

/** Knowledge notes and folders. Root-level notes have folder_path '/'. */
export class KnowledgeStore {
  private notes: NoteRecord[] = [];
  private readonly folders = new Map<string, KnowledgeFolderRecord>();
  private seq = 0;

  clear(): void {
    this.notes = [];
    this.folders.clear();
  }

  /** Creates a folder under `parentId` (or at the root). */
  createFolder(org_id: string, name: string, parentId: string | null): KnowledgeFolderRecord {
    const parent = parentId === null ? null : this.folder(org_id, parentId);
    if (parentId !== null && !parent) throw notFound(`Folder ${parentId}`);
    const folder: KnowledgeFolderRecord = {
      folder_id: newId('folder'),
      org_id,
      name,
      parent_folder_id: parentId,
      path: `${parent ? parent.path : ''}/${name}`,
    };
    this.folders.set(folder.folder_id, folder);
    return folder;
  }

  folder(org_id: string, id: string): KnowledgeFolderRecord | undefined {
    const f = this.folders.get(id);
    return f && f.org_id === org_id ? f : undefined;
  }

  folderPathOf(n: NoteRecord): string {
    return n.folder_id === null ? '/' : (this.folders.get(n.folder_id)?.path ?? '/');
  }

  create(org_id: string, fields: NoteFields, nowSec: number): NoteRecord {
    const note: NoteRecord = {
      seq: ++this.seq,
      note_id: newId('note'),
      org_id,
      ...fields,
      macro: fields.macro ?? null,
      created_at: nowSec,
      updated_at: nowSec,
    };
    this.notes.push(note);
    return note;
  }

  get(org_id: string, id: string): NoteRecord {
    const n = this.notes.find((x) => x.note_id === id && x.org_id === org_id);
    if (!n) throw notFound(`Note ${id}`);
    return n;
  }

  replace(org_id: string, id: string, fields: NoteFields, nowSec: number): NoteRecord {
    const n = this.get(org_id, id);
    Object.assign(n, fields, { macro: fields.macro ?? null, updated_at: Math.max(n.updated_at, nowSec) });
    return n;
  }

  delete(org_id: string, id: string): NoteRecord {
    const n = this.get(org_id, id);
    this.notes = this.notes.filter((x) => x !== n);
    return n;
  }

  /** An org's notes in creation order, filtered. */
  list(org_id: string, f: NoteFilters): NoteRecord[] {
    const search = f.search?.toLowerCase();
    return this.notes.filter((n) => {
      if (n.org_id !== org_id) return false;
      if (f.pinnedRepo !== undefined && n.pinned_repo !== f.pinnedRepo) return false;
      if (f.folderPath !== undefined) {
        const want = f.folderPath.length > 1 ? f.folderPath.replace(/\/+$/, '') : f.folderPath;
        const path = this.folderPathOf(n);
        if (path !== want && !path.startsWith(want === '/' ? '/' : `${want}/`)) return false;
      }
      if (search !== undefined && ![n.name, n.body, n.trigger].some((t) => t.toLowerCase().includes(search))) return false;
      return true;
    });
  }

  /** The `GET …/knowledge/folders` body. */
  folderTree(org_id: string): { folders: Record<string, unknown>[]; root_note_count: number } {
    const notes = this.notes.filter((n) => n.org_id === org_id);
    const folders = [...this.folders.values()]
      .filter((f) => f.org_id === org_id)
      .map((f) => ({
        folder_id: f.folder_id,
        name: f.name,
        note_count: notes.filter((n) => n.folder_id === f.folder_id).length,
        path: f.path,
        parent_folder_id: f.parent_folder_id,
      }));
    return { folders, root_note_count: notes.filter((n) => n.folder_id === null).length };
  }

  view(n: NoteRecord): Record<string, unknown> {
    return {
      note_id: n.note_id,
      name: n.name,
      body: n.body,
      trigger: n.trigger,
      access_type: 'org',
      is_enabled: n.is_enabled,
      folder_id: n.folder_id,
      folder_path: this.folderPathOf(n),
      macro: n.macro,
      org_id: n.org_id,
      pinned_repo: n.pinned_repo,
      created_at: n.created_at,
      updated_at: n.updated_at,
    };
  }
}
