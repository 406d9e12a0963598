import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatBytes } from '../../shared/attachments/format-bytes';
import { translate } from '../../shared/i18n';
import type { SignedInApi } from '../../main/account/account-service';
import { describeSerializedError } from '../../main/api/describe-error';
import { createDownloadManager } from '../../main/attachments/download-manager';
import type { DownloadManagerOptions } from '../../main/attachments/download-manager';
import { sanitizeFileName } from '../../main/attachments/sanitize-file-name';
import type { CliCommand } from '../types';

/** Credentials for the download route on the API origin (the presigned URL after its 307 needs none). */
export interface DownloadAuth {
  apiOrigin: string;
  /** `Bearer cog_…`. */
  authHeader: string | null;
}

export interface AttachmentsCommandDeps {
  getApi: () => Promise<SignedInApi>;
  /** Without it, downloads carry no Authorization header at all. */
  getDownloadAuth?: () => Promise<DownloadAuth>;
  /** Overrides for the download manager (tests). */
  manager?: Pick<DownloadManagerOptions, 'fetch' | 'httpGet' | 'retry' | 'stallTimeoutMs' | 'concurrency' | 'clock'>;
}

/** One line of `--json` output. */
export interface AttachmentResult {
  attachment_id: string;
  name: string;
  /** Where it was saved (null when only listed, or failed). */
  path: string | null;
  bytes: number | null;
  status: 'listed' | 'done' | 'failed';
  /** Done without a new copy: `path` already held the same bytes (only on `done`; `--force` saves a copy anyway). */
  already_saved?: boolean;
  error?: { code: string; message: string };
}

/**
 * `attachments SESSION_ID [--download DIR [--force]] [--json]`: lists a session's attachments, or
 * downloads them all into DIR (safe names, nothing overwritten, resumed on failure). A file DIR
 * already holds with the same bytes is kept instead of saved again as `name (1).ext`; `--force`
 * saves a copy anyway. Exit code 0 when everything was saved (or already there), 1 when any
 * download failed.
 */
export function createAttachmentsCommand(deps: AttachmentsCommandDeps): CliCommand {
  const usage = 'devin-tray attachments SESSION_ID [--download DIR [--force]] [--json]';
  return {
    name: 'attachments',
    summary: "List a session's attachments, or download them all to a folder",
    usage,
    async run(args, io) {
      const t = (key: string, params: Record<string, string | number> = {}) => translate(io.locale, key, params);
      const { values, positionals } = parseArgs({
        args,
        options: { download: { type: 'string' }, force: { type: 'boolean' }, json: { type: 'boolean' } },
        allowPositionals: true,
      });
      const [sessionId, extra] = positionals;
      if (!sessionId || extra !== undefined || (values.force && values.download === undefined)) {
        io.stderr(`${t('attachments.cli.usage', { usage })}\n`);
        return 2;
      }
      const { client } = await deps.getApi();
      const attachments = await client.sessions.attachments(sessionId);

      if (values.download === undefined) {
        const results: AttachmentResult[] = attachments.map((a) => ({ attachment_id: a.attachment_id, name: a.name, path: null, bytes: null, status: 'listed' }));
        if (values.json) io.stdout(`${JSON.stringify(results, null, 2)}\n`);
        else if (attachments.length === 0) io.stdout(`${t('attachments.cli.none')}\n`);
        else for (const a of attachments) io.stdout(`${a.attachment_id}  ${a.name}${a.name !== sanitizeFileName(a.name) ? `  → ${sanitizeFileName(a.name)}` : ''}\n`);
        return 0;
      }

      const dir = resolve(io.cwd, values.download);
      const auth = deps.getDownloadAuth ? await deps.getDownloadAuth() : null;
      const manager = createDownloadManager({
        apiOrigin: auth?.apiOrigin ?? client.baseUrl,
        getAuthHeader: () => auth?.authHeader ?? null,
        // The documented route; the list's `url` is a web-app link that refuses API keys.
        attachmentUrl: (a) => client.attachmentDownloadUrl(a),
        listAttachments: async () => attachments,
        ...deps.manager,
      });
      // A file already saved in DIR with the same bytes is kept and not saved again, unless --force.
      const { jobIds } = await manager.downloadAll(sessionId, dir, { force: values.force ?? false });
      const jobs = await manager.settled(jobIds);
      const results: AttachmentResult[] = jobs.map((j) => {
        const base = { attachment_id: j.attachmentId, name: j.name, path: j.path, bytes: j.state === 'done' ? j.bytes : null };
        if (j.state === 'done') return { ...base, status: 'done', already_saved: j.alreadySaved };
        const error = j.error ? { code: j.error.code, message: describeSerializedError(j.error, io.locale) } : { code: 'CANCELLED', message: t('error.CANCELLED') };
        return { ...base, status: 'failed', error };
      });
      const failed = results.filter((r) => r.status === 'failed').length;
      if (values.json) {
        io.stdout(`${JSON.stringify(results, null, 2)}\n`);
      } else {
        if (results.length === 0) io.stdout(`${t('attachments.cli.none')}\n`);
        for (const r of results) {
          if (r.status === 'done') io.stdout(`${t(r.already_saved ? 'attachments.cli.alreadySaved' : 'attachments.cli.saved', { path: r.path ?? '', size: formatBytes(r.bytes ?? 0) })}\n`);
          else io.stderr(`${t('attachments.cli.failed', { name: r.name, message: r.error?.message ?? '' })}\n`);
        }
        const skipped = results.filter((r) => r.already_saved === true).length;
        if (results.length > 0 && skipped === 0) io.stdout(`${t('attachments.cli.summary', { done: results.length - failed, failed, dir })}\n`);
        if (skipped > 0) io.stdout(`${t('attachments.cli.summarySkipped', { done: results.length - failed - skipped, skipped, failed, dir })}\n`);
      }
      return failed > 0 ? 1 : 0;
    },
  };
}
