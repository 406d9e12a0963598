import type { DraftValue } from '../../../../../shared/ipc/channels/drafts';

/** What a library editor gets back when it opens on a stored draft. */
export interface EditorDraft {
  /** `note:new`, `playbook:<id>`, … */
  key: string;
  /** The stored fields, or null when there is no draft for this place. */
  restored: { fields: Record<string, DraftValue>; updatedAt: number } | null;
}

const sameKind = (base: unknown, v: DraftValue): boolean => {
  if (Array.isArray(base)) return Array.isArray(v) && v.every((x) => typeof x === 'string');
  if (base === null) return v === null || typeof v === 'string';
  if (v === null) return false;
  return typeof v === typeof base;
};

/**
 * A stored editor draft over the editor's starting values (pure): each field the editor has,
 * taken from the draft when it holds a value of the same kind (a string where the editor has a
 * string, a list of strings for a list, a string or null where the editor starts with null);
 * anything else keeps the starting value. A damaged or older draft never breaks an editor.
 */
export function restoreEditorForm<V extends object>(initial: V, stored: Record<string, DraftValue>): V {
  const out = { ...initial } as Record<string, unknown>;
  for (const [key, base] of Object.entries(initial)) {
    if (!Object.hasOwn(stored, key)) continue;
    const v = stored[key] as DraftValue;
    if (sameKind(base, v)) out[key] = Array.isArray(v) ? [...v] : v;
  }
  return out as V;
}
