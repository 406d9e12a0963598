import type { Playbook, PlaybookCreateRequest } from '../../shared/domain/playbook';
import type { Locale } from '../../shared/i18n';
import { isValidMacro, type PlaybookInput } from '../../shared/library/playbook-input';
import type { PlaybookList } from '../../shared/library/pages';
import type { DevinClient } from '../api/client';
import { clientValidationError, type ClientProblem } from './client-validation';

/** Playbooks are few; the list follows cursors to the end, bounded so a broken server cannot loop us. */
const MAX_PAGES = 20;

export async function listPlaybooks(client: DevinClient, pageSize?: number): Promise<PlaybookList> {
  const { items, complete } = await client.playbooks.listAll({ maxPages: MAX_PAGES, ...(pageSize ? { first: pageSize } : {}) });
  return { items, truncated: !complete };
}

export function getPlaybook(client: DevinClient, playbookId: string): Promise<Playbook> {
  return client.playbooks.get(playbookId);
}

/** Sends the schema's `title`/`body`/`macro` (never the docs example's `name`/`instructions`). */
export async function createPlaybook(client: DevinClient, input: PlaybookInput, locale: Locale = 'en'): Promise<Playbook> {
  return client.playbooks.create(playbookBody(input, locale));
}

/** PUT: a full replace. */
export async function updatePlaybook(client: DevinClient, playbookId: string, input: PlaybookInput, locale: Locale = 'en'): Promise<Playbook> {
  return client.playbooks.update(playbookId, playbookBody(input, locale));
}

export function deletePlaybook(client: DevinClient, playbookId: string): Promise<Playbook> {
  return client.playbooks.delete(playbookId);
}

/** The request body; a malformed macro is refused here, before any request. Empty macro = none. */
export function playbookBody(input: PlaybookInput, locale: Locale): PlaybookCreateRequest {
  const macro = input.macro?.trim() ? input.macro.trim() : null;
  const problems: ClientProblem[] = [];
  if (input.title.trim() === '') problems.push({ field: 'title', key: 'library.form.required' });
  if (macro !== null && !isValidMacro(macro)) problems.push({ field: 'macro', key: 'playbooks.form.macroInvalid' });
  if (problems.length > 0) throw clientValidationError(problems, locale);
  return { title: input.title.trim(), body: input.body, macro };
}
