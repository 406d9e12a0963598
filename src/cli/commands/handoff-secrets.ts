import { displayPath } from '../../main/handoff/diffstat';
import type { ComposedHandoff, Finding } from '../../main/handoff/types';

/**
 * How `devin-tray handoff` shows session secrets: by name and masked, never a value (stdout may
 * be a terminal log, a CI log or a pasted issue).
 */

/** The request as printed: each `session_secrets` value replaced by its masked preview. */
export function maskedRequest(composed: Pick<ComposedHandoff, 'request' | 'sessionSecrets'>): Record<string, unknown> {
  const { session_secrets: secrets, ...rest } = composed.request;
  if (secrets === undefined) return { ...rest };
  const previews = new Map(composed.sessionSecrets.map((s) => [s.key, s.preview]));
  return { ...rest, session_secrets: secrets.map((s) => ({ key: s.key, value: previews.get(s.key) ?? '…', sensitive: s.sensitive })) };
}

/** Finding id → the session secret its value goes as. */
export function secretKeyByFinding(composed: Pick<ComposedHandoff, 'sessionSecrets'> | null): Map<string, string> {
  return new Map((composed?.sessionSecrets ?? []).flatMap((s) => s.findingIds.map((id) => [id, s.key] as const)));
}

/** The human block listing the session secrets (empty when there are none). */
export function humanSessionSecrets(
  findings: readonly Finding[],
  composed: Pick<ComposedHandoff, 'sessionSecrets'> | null,
  t: (key: string, params?: Record<string, string | number>) => string,
): string {
  const secrets = composed?.sessionSecrets ?? [];
  if (secrets.length === 0) return '';
  const byId = new Map(findings.map((f) => [f.id, f]));
  const lines = [t('handoff.cli.sessionSecretsHeader', { count: secrets.length })];
  for (const s of secrets) {
    const where = s.findingIds
      .map((id) => byId.get(id))
      .filter((f): f is Finding => f !== undefined)
      .map((f) => (f.place === 'message' && f.scope ? `${f.scope.slice(7, 19)}:${f.line}` : `${displayPath(f.file)}:${f.line}`))
      .join(', ');
    lines.push(t('handoff.cli.sessionSecretLine', { key: s.key, preview: s.preview, where }));
  }
  return `${lines.join('\n')}\n`;
}
