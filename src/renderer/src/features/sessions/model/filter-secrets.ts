import type { OrgSecret } from '../../../../../shared/domain/secret';

/** Secrets whose name or note contains `filter` (case-insensitive), in the list's order (pure). */
export function filterSecrets(items: readonly OrgSecret[], filter: string): OrgSecret[] {
  const q = filter.trim().toLowerCase();
  if (q === '') return [...items];
  return items.filter((s) => (s.key ?? '').toLowerCase().includes(q) || (s.note ?? '').toLowerCase().includes(q));
}
