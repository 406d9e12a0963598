import type { TFunction } from '../../../i18n/context';

/** Who a playbook's `created_by`/`updated_by` is, as far as the app can tell. */
export type Author = { kind: 'you'; name: string | null } | { kind: 'id'; id: string };

/**
 * The contract's PlaybookResponse carries only user ids (`created_by`, `updated_by`), and no
 * endpoint an org key may call turns another user's id into a name; the one name the API gives
 * is the signed-in principal's own (GET /v3/self: `user_name` / `service_user_name`, already
 * cached in the account state). So: your own edits read with your name, anyone else's with the id.
 */
export function resolveAuthor(id: string, principal: { name: string; id?: string } | null): Author {
  if (principal?.id && principal.id === id) return { kind: 'you', name: principal.name.trim() || null };
  return { kind: 'id', id };
}

/** "by Sim Person (you)", "by you", "by user-123". */
export function authorText(author: Author, t: TFunction): string {
  if (author.kind === 'id') return t('library.by', { who: author.id });
  return author.name ? t('library.byYouNamed', { name: author.name }) : t('library.byYou');
}
