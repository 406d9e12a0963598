import type { KnowledgeFolders, KnowledgeNote, KnowledgeNoteCreateRequest } from '../../shared/domain/knowledge';
import type { NoteInput } from '../../shared/library/note-input';
import type { NotePage } from '../../shared/library/pages';
import type { Locale } from '../../shared/i18n';
import type { DevinClient } from '../api/client';
import { clientValidationError, type ClientProblem } from './client-validation';

/** Filters and cursor for one page of notes. */
export interface NoteQuery {
  search?: string;
  folderPath?: string;
  pinnedRepo?: string;
  after?: string | null;
  /** Page size (API default 100, range 1–200). */
  first?: number;
}

/** The list call with empty filters left out (an empty `search=` would still be a filter). */
export async function listNotes(client: DevinClient, q: NoteQuery): Promise<NotePage> {
  const page = await client.knowledge.listNotes({
    first: q.first,
    after: q.after ?? undefined,
    search: nonEmpty(q.search),
    folder_path: nonEmpty(q.folderPath),
    pinned_repo: nonEmpty(q.pinnedRepo),
  });
  return { items: page.items, nextCursor: page.has_next_page ? page.end_cursor : null, total: page.total };
}

export function listFolders(client: DevinClient): Promise<KnowledgeFolders> {
  return client.knowledge.listFolders();
}

export async function createNote(client: DevinClient, input: NoteInput, locale: Locale = 'en'): Promise<KnowledgeNote> {
  return client.knowledge.createNote(noteBody(input, locale));
}

/** PUT replaces the whole note, so every field is sent, including the ones that did not change. */
export async function updateNote(client: DevinClient, noteId: string, input: NoteInput, locale: Locale = 'en'): Promise<KnowledgeNote> {
  return client.knowledge.updateNote(noteId, noteBody(input, locale));
}

export function deleteNote(client: DevinClient, noteId: string): Promise<KnowledgeNote> {
  return client.knowledge.deleteNote(noteId);
}

/** The request in the schema's names; a blank pinned repo means none. Missing required fields never leave. */
export function noteBody(input: NoteInput, locale: Locale): KnowledgeNoteCreateRequest {
  const problems: ClientProblem[] = (['name', 'trigger', 'body'] as const)
    .filter((f) => input[f].trim() === '')
    .map((field) => ({ field, key: 'library.form.required' }));
  if (problems.length > 0) throw clientValidationError(problems, locale);
  return {
    name: input.name.trim(),
    trigger: input.trigger.trim(),
    body: input.body,
    folder_id: input.folder_id,
    pinned_repo: nonEmpty(input.pinned_repo ?? undefined) ?? null,
    is_enabled: input.is_enabled,
  };
}

function nonEmpty(v: string | undefined): string | undefined {
  const t = v?.trim();
  return t ? t : undefined;
}
