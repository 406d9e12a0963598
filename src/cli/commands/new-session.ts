import { parseArgs } from 'node:util';
import { idChoiceToField, parseIdChoiceArg } from '../../shared/domain/id-choice';
import { AppError } from '../../shared/errors';
import { translate } from '../../shared/i18n';
import type { SignedInApi } from '../../main/account/account-service';
import { cleanTags } from '../../main/sessions/session-tags';
import type { CliCommand } from '../types';
import { argOrStdin } from './session-verbs';

export interface NewSessionDeps {
  getApi: () => Promise<SignedInApi>;
}

const USAGE = 'devin-tray new PROMPT|- [--title TEXT] [--tag T]... [--repo OWNER/NAME]... [--knowledge all|none|ID[,ID...]] [--json]';

/**
 * `new PROMPT|-`: starts a Devin session as the composer does: title, tags, repositories and the
 * knowledge choice (all → knowledge_ids null, none → [], ids → those). Sent once (creates are not
 * retried). `--json` prints {session_id, url, status}. Exit 0 created, 1 API failure, 2 usage
 * (nothing sent).
 */
export function createNewSessionCommand(deps: NewSessionDeps): CliCommand {
  return {
    name: 'new',
    summary: 'Start a Devin session (PROMPT or - for standard input)',
    usage: USAGE,
    async run(args, io) {
      const t = (key: string, params: Record<string, string | number> = {}) => translate(io.locale, key, params);
      const { values, positionals } = parseArgs({
        args,
        options: {
          title: { type: 'string' },
          tag: { type: 'string', multiple: true },
          repo: { type: 'string', multiple: true },
          knowledge: { type: 'string', default: 'all' },
          json: { type: 'boolean' },
        },
        allowPositionals: true,
      });
      if (positionals.length > 1) {
        io.stderr(`${t('cli.usage.unexpectedArgument', { arg: positionals[1]!, usage: USAGE })}\n`);
        return 2;
      }
      const knowledge = parseIdChoiceArg(values.knowledge ?? 'all');
      if (!knowledge.ok) {
        io.stderr(`${t('knowledge.cli.bad', { value: values.knowledge ?? '' })}\n`);
        return 2;
      }
      let tags: string[];
      try {
        tags = cleanTags(values.tag ?? []);
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        io.stderr(`${t(`error.${err.code}`, err.params)}\n`);
        return 2;
      }
      const repos = (values.repo ?? []).map((r) => r.trim()).filter((r) => r !== '');
      const prompt = await argOrStdin(positionals[0], io);
      if (prompt.trim() === '') {
        io.stderr(`${t('cli.new.promptMissing', { usage: USAGE })}\n`);
        return 2;
      }
      const title = values.title?.trim();
      const { client } = await deps.getApi();
      const created = await client.sessions.create({
        prompt,
        ...(title ? { title } : {}),
        ...(tags.length > 0 ? { tags } : {}),
        ...(repos.length > 0 ? { repos } : {}),
        knowledge_ids: idChoiceToField(knowledge.choice),
      });
      if (values.json) io.stdout(`${JSON.stringify({ session_id: created.session_id, url: created.url, status: created.status }, null, 2)}\n`);
      else io.stdout(`${t('cli.new.created', { sessionId: created.session_id, url: created.url })}\n`);
      return 0;
    },
  };
}
