import { parseArgs } from 'node:util';
import { normalizeSessionId } from '../../shared/domain/session-id';
import { AppError } from '../../shared/errors';
import { translate } from '../../shared/i18n';
import type { SignedInApi } from '../../main/account/account-service';
import { addSessionTags, cleanTags, removeSessionTags } from '../../main/sessions/session-tags';
import type { CliCommand } from '../types';

export interface TagsCommandDeps {
  getApi: () => Promise<SignedInApi>;
}

const USAGE = 'devin-tray tags SESSION_ID [--add TAG]… [--remove TAG]… [--json]';

/**
 * `tags SESSION [--add T]… [--remove T]… [--json]`: shows a session's tags, or edits them over the
 * documented endpoints (adds are one append; removes read the tags, then replace them) and
 * shows the result. `--json` prints `{session_id, tags}` (snake_case like every other `--json`). Exit 0 done, 1 API failure (unknown
 * session included), 2 usage or a bad tag (nothing is sent then).
 */
export function createTagsCommand(deps: TagsCommandDeps): CliCommand {
  return {
    name: 'tags',
    summary: "Show or edit a session's tags",
    usage: USAGE,
    async run(args, io) {
      const t = (key: string, params: Record<string, string | number> = {}) => translate(io.locale, key, params);
      const { values, positionals } = parseArgs({
        args,
        options: {
          add: { type: 'string', multiple: true },
          remove: { type: 'string', multiple: true },
          json: { type: 'boolean' },
        },
        allowPositionals: true,
      });
      if (positionals.length === 0 || positionals[0]!.trim() === '') {
        io.stderr(`${t('tags.cli.missingSession', { usage: USAGE })}\n`);
        return 2;
      }
      if (positionals.length > 1) {
        io.stderr(`${t('cli.usage.unexpectedArgument', { arg: positionals[1]!, usage: USAGE })}\n`);
        return 2;
      }
      const sessionId = normalizeSessionId(positionals[0]!);
      let add: string[];
      let remove: string[];
      try {
        add = cleanTags(values.add ?? []);
        remove = cleanTags(values.remove ?? []);
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        io.stderr(`${t(`error.${err.code}`, err.params)}\n`);
        return 2;
      }
      const both = add.find((tag) => remove.includes(tag));
      if (both !== undefined) {
        io.stderr(`${t('tags.cli.addAndRemove', { tag: both, usage: USAGE })}\n`);
        return 2;
      }

      const { client, orgId } = await deps.getApi();
      const api = client.sessions.tags;
      let result: string[] | null = null;
      try {
        if (add.length > 0) result = await addSessionTags(api, sessionId, add);
        if (remove.length > 0) result = await removeSessionTags(api, sessionId, remove);
        result ??= await api.get(sessionId);
      } catch (err) {
        if (err instanceof AppError && err.code === 'NOT_FOUND') {
          io.stderr(`${t('tags.cli.notFound', { sessionId, orgId })}\n`);
          return 1;
        }
        throw err;
      }
      if (values.json) io.stdout(`${JSON.stringify({ session_id: sessionId, tags: result }, null, 2)}\n`);
      else if (result.length === 0) io.stdout(`${t('tags.cli.none', { sessionId })}\n`);
      else io.stdout(`${t('tags.cli.list', { sessionId, tags: result.join(', ') })}\n`);
      return 0;
    },
  };
}
