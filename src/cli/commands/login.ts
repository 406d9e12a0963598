import { parseArgs } from 'node:util';
import { translate } from '../../shared/i18n';
import { createAccountService } from '../../main/account/account-service';
import type { CliDeps } from '../api-context';
import { cliKeyStore, openCliSettings } from '../api-context';
import type { CliCommand } from '../types';

/**
 * `login [--org ORG]`: reads the key from stdin, checks it with GET /v3/self, and stores it in
 * the OS keychain (the same entry the app uses). Enterprise keys need --org; without it the
 * organizations are listed and nothing is stored.
 */
export function createLoginCommand(deps: CliDeps = {}): CliCommand {
  return {
    name: 'login',
    summary: 'Store an API key (read from stdin) in the OS keychain after checking it',
    usage: 'devin-tray login [--org ORG_ID] < key.txt',
    async run(args, io) {
      const { values } = parseArgs({ args, options: { org: { type: 'string' } }, allowPositionals: false });
      const t = (key: string, params: Record<string, string> = {}) => translate(io.locale, key, params);
      const key = (await io.readStdin('cli.login.readKey')).trim();
      if (!key) {
        io.stderr(`${t('cli.login.emptyKey')}\n`);
        return 2;
      }
      const settings = await openCliSettings(io, deps);
      const fetchImpl = deps.fetch ?? deps.network?.fetch;
      // The same sign-in as the app: validate first, store only after success.
      const account = createAccountService({
        settings,
        keychain: cliKeyStore(deps),
        env: io.env,
        ...(fetchImpl ? { fetch: fetchImpl } : {}),
      });
      const result = await account.signIn({ key, orgId: values.org });
      if (result.status === 'chooseOrg') {
        if (result.orgs.length === 0) {
          io.stderr(`${t('cli.login.orgListForbidden')}\n`);
        } else {
          io.stderr(`${t('cli.login.chooseOrg')}\n`);
          for (const org of result.orgs) io.stderr(`${t('cli.login.orgLine', { orgId: org.orgId, name: org.name })}\n`);
        }
        return 1;
      }
      const view = result.account;
      io.stdout(`${t('cli.login.done', { name: view.principal?.name ?? '?', orgId: view.orgId ?? '?' })}\n`);
      return 0;
    },
  };
}
