import { mkdir, readFile, rename } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { UploadedAttachmentView } from '../../shared/attachments/jobs';
import { isDraftValue, MAX_DRAFT_CHARS, type DraftSummary, type DraftValue } from '../../shared/ipc/channels/drafts';
import { writeFileAtomic } from '../settings/atomic-write';

/** A file a draft holds: where it is on disk (main's knowledge only) or what its upload returned. */
export interface StoredDraftFile {
  path: string;
  name: string;
  uploaded: UploadedAttachmentView | null;
}

export interface StoredDraft {
  fields: Record<string, DraftValue>;
  files: StoredDraftFile[];
  updatedAt: number;
}

/** The file's shape: drafts by organization, then by place (`kind:id`). */
interface DraftsDoc {
  version: 1;
  orgs: Record<string, Record<string, StoredDraft>>;
}

export interface DraftsLimits {
  /** Drafts kept per organization; the least recently saved go first. */
  perOrg: number;
  /** Organizations kept (an enterprise key may visit many); the one least recently written to goes first. */
  orgs: number;
  /** Characters of the whole file; the oldest drafts anywhere go first. */
  totalChars: number;
}

export const DEFAULT_DRAFTS_LIMITS: DraftsLimits = { perOrg: 100, orgs: 20, totalChars: 8_000_000 };

export interface DraftsStoreOptions {
  file: string;
  now?: () => number;
  limits?: Partial<DraftsLimits>;
  /** A damaged file was set aside (its new name) or a write failed: for the log. */
  onProblem?: (message: string) => void;
}

export interface DraftsStore {
  get(org: string, key: string): Promise<StoredDraft | null>;
  /** Replaces the draft; resolves once the file on disk holds it. */
  put(org: string, key: string, draft: Omit<StoredDraft, 'updatedAt'>): Promise<void>;
  /** Forgets the draft; resolves once the file on disk no longer holds it. */
  remove(org: string, key: string): Promise<void>;
  /** Drafts whose key starts with `prefix`, newest first. */
  list(org: string, prefix: string): Promise<DraftSummary[]>;
  /** Resolves when every change so far is on disk. */
  flush(): Promise<void>;
}

/** Well-formed drafts of a parsed file; anything else is dropped (one bad entry does not cost the rest). */
export function parseDraftsDoc(raw: unknown): DraftsDoc {
  const doc: DraftsDoc = { version: 1, orgs: {} };
  const orgs = (raw as { orgs?: unknown } | null)?.orgs;
  if (!orgs || typeof orgs !== 'object') return doc;
  for (const [org, drafts] of Object.entries(orgs)) {
    if (!org || !drafts || typeof drafts !== 'object') continue;
    const kept: Record<string, StoredDraft> = {};
    for (const [key, d] of Object.entries(drafts as Record<string, unknown>)) {
      const draft = parseStoredDraft(d);
      if (draft) kept[key] = draft;
    }
    if (Object.keys(kept).length > 0) doc.orgs[org] = kept;
  }
  return doc;
}

function parseStoredDraft(d: unknown): StoredDraft | null {
  if (!d || typeof d !== 'object') return null;
  const { fields, files, updatedAt } = d as Record<string, unknown>;
  if (!fields || typeof fields !== 'object' || Array.isArray(fields) || !isDraftValue(fields)) return null;
  if (typeof updatedAt !== 'number' || !Number.isFinite(updatedAt)) return null;
  const okFiles = Array.isArray(files) ? files.filter(isStoredFile) : [];
  return { fields: fields as Record<string, DraftValue>, files: okFiles, updatedAt };
}

function isStoredFile(f: unknown): f is StoredDraftFile {
  if (!f || typeof f !== 'object') return false;
  const { path, name, uploaded } = f as Record<string, unknown>;
  if (typeof path !== 'string' || typeof name !== 'string') return false;
  if (uploaded === null) return path !== '';
  const u = uploaded as Record<string, unknown> | undefined;
  return !!u && typeof u['url'] === 'string' && typeof u['name'] === 'string' && typeof u['attachment_id'] === 'string' && typeof u['bytes'] === 'number';
}

/** The first non-empty text among a draft's fields, flattened to one line (pure). */
export function draftPreview(fields: Record<string, DraftValue>, max = 120): string {
  for (const v of Object.values(fields)) {
    if (typeof v !== 'string') continue;
    const flat = v.replace(/\s+/g, ' ').trim();
    if (flat) return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
  }
  return '';
}

/**
 * Drops what the limits do not allow, least recently saved first (pure; mutates `doc`). The
 * draft just written (`keep`) is never the one dropped.
 */
export function boundDraftsDoc(doc: DraftsDoc, limits: DraftsLimits, keep: { org: string; key: string } | null): void {
  const all = () =>
    Object.entries(doc.orgs)
      .flatMap(([org, drafts]) => Object.entries(drafts).map(([key, d]) => ({ org, key, at: d.updatedAt })))
      .filter((e) => !(keep && e.org === keep.org && e.key === keep.key))
      .sort((a, b) => a.at - b.at);
  const drop = (org: string, key: string) => {
    const drafts = doc.orgs[org];
    if (!drafts) return;
    delete drafts[key];
    if (Object.keys(drafts).length === 0) delete doc.orgs[org];
  };
  for (const [org, drafts] of Object.entries(doc.orgs)) {
    const excess = Object.keys(drafts).length - limits.perOrg;
    if (excess > 0) for (const e of all().filter((x) => x.org === org).slice(0, excess)) drop(e.org, e.key);
  }
  const orgs = Object.keys(doc.orgs);
  if (orgs.length > limits.orgs) {
    const newest = (org: string) => Math.max(...Object.values(doc.orgs[org] ?? {}).map((d) => d.updatedAt));
    const byAge = orgs.filter((o) => o !== keep?.org).sort((a, b) => newest(a) - newest(b));
    for (const org of byAge.slice(0, orgs.length - limits.orgs)) delete doc.orgs[org];
  }
  while (JSON.stringify(doc).length > limits.totalChars) {
    const oldest = all()[0];
    if (!oldest) break;
    drop(oldest.org, oldest.key);
  }
}

/**
 * Drafts in `drafts.json` beside the settings. The file is read once; changes apply to the copy in
 * memory in the order they arrive and are written out whole (temp file, fsync, rename), one write
 * at a time, each write carrying every change made before it started: no change overtakes
 * another, and none is lost to a write that started earlier. A damaged file is set aside as
 * `drafts.corrupt-<time>.json` (what someone typed is not deleted) and the store starts empty.
 */
export function createDraftsStore(opts: DraftsStoreOptions): DraftsStore {
  const now = opts.now ?? Date.now;
  const limits = { ...DEFAULT_DRAFTS_LIMITS, ...opts.limits };
  let doc: DraftsDoc = { version: 1, orgs: {} };
  const loaded = load();
  let writing: Promise<void> | null = null;
  let dirty = false;

  async function load(): Promise<void> {
    let text: string;
    try {
      text = await readFile(opts.file, 'utf8');
    } catch {
      return; // none yet
    }
    try {
      doc = parseDraftsDoc(JSON.parse(text));
    } catch {
      const aside = join(dirname(opts.file), `drafts.corrupt-${now()}.json`);
      await rename(opts.file, aside).catch(() => undefined);
      opts.onProblem?.(`drafts: the drafts file could not be read; it was kept as ${aside}`);
    }
  }

  /** Writes until the file holds the latest state; every caller waits for a write that began after its change. */
  function persist(): Promise<void> {
    dirty = true;
    writing ??= (async () => {
      try {
        while (dirty) {
          dirty = false;
          await mkdir(dirname(opts.file), { recursive: true });
          await writeFileAtomic(opts.file, `${JSON.stringify(doc)}\n`);
        }
      } finally {
        writing = null;
      }
    })();
    const current = writing;
    return current.catch((err: unknown) => {
      opts.onProblem?.(`drafts: could not save (${err instanceof Error ? err.message : String(err)})`);
      throw err;
    });
  }

  return {
    get: (org, key) => loaded.then(() => doc.orgs[org]?.[key] ?? null),
    put: (org, key, draft) =>
      loaded.then(() => {
        const fieldsChars = JSON.stringify(draft.fields).length;
        if (fieldsChars > MAX_DRAFT_CHARS) throw new RangeError(`draft too large (${fieldsChars} characters)`);
        const drafts = (doc.orgs[org] ??= {});
        // Re-inserted so the object's order is save order too (easier to read the file).
        delete drafts[key];
        drafts[key] = { fields: draft.fields, files: draft.files, updatedAt: now() };
        boundDraftsDoc(doc, limits, { org, key });
        return persist();
      }),
    remove: (org, key) =>
      loaded.then(() => {
        const drafts = doc.orgs[org];
        if (!drafts || !(key in drafts)) return writing ?? undefined;
        delete drafts[key];
        if (Object.keys(drafts).length === 0) delete doc.orgs[org];
        return persist();
      }),
    list: (org, prefix) =>
      loaded.then(() =>
        Object.entries(doc.orgs[org] ?? {})
          .filter(([key]) => key.startsWith(prefix))
          .map(([key, d]) => ({ key, updatedAt: d.updatedAt, preview: draftPreview(d.fields) }))
          .sort((a, b) => b.updatedAt - a.updatedAt),
      ),
    flush: () => loaded.then(() => writing ?? undefined),
  };
}
