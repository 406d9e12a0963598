import { z } from 'zod';

/**
 * Which of the org's resources a new session may use, for create fields whose `null` and `[]`
 * mean different things: `knowledge_ids` today, `secret_ids` next. The v1 schema documents
 * `null` = all, `[]` = none, a list = only those; v3 keeps the type without restating it
 * (contract `unconfirmed`), so the three are kept apart from the form to the wire.
 */
export type IdChoice = { kind: 'all' } | { kind: 'none' } | { kind: 'only'; ids: readonly string[] };

export const ID_CHOICE_KINDS = ['all', 'none', 'only'] as const;

/** Most ids a person picks by hand; a longer list is a mistake worth refusing. */
export const MAX_CHOSEN_IDS = 200;

const chosenId = z.string().trim().min(1).max(200);

/** An IdChoice crossing IPC. `only` needs at least one id: an empty "only these" would silently mean "none". */
export const idChoiceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }).strict(),
  z.object({ kind: z.literal('none') }).strict(),
  z.object({ kind: z.literal('only'), ids: z.array(chosenId).min(1).max(MAX_CHOSEN_IDS).readonly() }).strict(),
]);

export const ALL_IDS: IdChoice = { kind: 'all' };
export const NO_IDS: IdChoice = { kind: 'none' };

export { idChoiceToField } from './id-choice-field';

/** The choice a create-session field stands for (absent or null → all, [] → none). */
export function idChoiceFromField(value: readonly string[] | null | undefined): IdChoice {
  if (value === null || value === undefined) return ALL_IDS;
  return value.length === 0 ? NO_IDS : { kind: 'only', ids: [...value] };
}

export type IdChoiceArgResult = { ok: true; choice: IdChoice } | { ok: false; reason: 'empty' | 'badId' | 'tooMany'; value: string };

/**
 * A command-line value: `all`, `none`, or `ID[,ID…]` (case-sensitive ids; `all`/`none` in any
 * case). Empty pieces (`a,,b`, a trailing comma) are refused rather than read as "none".
 */
export function parseIdChoiceArg(raw: string): IdChoiceArgResult {
  const text = raw.trim();
  if (text === '') return { ok: false, reason: 'empty', value: raw };
  const word = text.toLowerCase();
  if (word === 'all') return { ok: true, choice: ALL_IDS };
  if (word === 'none') return { ok: true, choice: NO_IDS };
  const ids = text.split(',').map((s) => s.trim());
  const bad = ids.find((id) => !chosenId.safeParse(id).success || /\s/.test(id));
  if (bad !== undefined) return { ok: false, reason: 'badId', value: bad };
  const unique = [...new Set(ids)];
  if (unique.length > MAX_CHOSEN_IDS) return { ok: false, reason: 'tooMany', value: String(unique.length) };
  return { ok: true, choice: { kind: 'only', ids: unique } };
}

/** Same choice? (`only` compares the id sets.) */
export function sameIdChoice(a: IdChoice, b: IdChoice): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind !== 'only' || b.kind !== 'only') return true;
  const x = new Set(a.ids);
  const y = new Set(b.ids);
  return x.size === y.size && [...x].every((id) => y.has(id));
}
