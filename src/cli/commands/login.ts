import { parseArgs } from 'node:util';
import { translate } from '../../shared/i18n';
import { AppError } from '../../shared/errors';
import { createAccountsService } from '../../main/accounts/accounts-service';
import { sameLabel } from '../../main/accounts/account-label';
import type { CliDeps } from '../api-context';
import { cliKeyStore, openCliSettings } from '../api-context';
import type { CliCommand } from '../types';

/**
 * `login [--org ORG] [--account LABEL]`: reads the key from stdin, checks it with GET /v3/self, and
 * stores it in the OS keychain (the entries the app uses). Without --account it signs the app's
 * current account in again (the first account on a fresh install); with --account it adds that
 * account, or replaces the key of the account already labelled so. Enterprise keys need --org;
 * without it the organizations are listed and nothing is stored.
 */
export function createLoginCommand(deps: CliDeps = {}): CliCommand {
  return {
    name: 'login',
    summary: 'Store an API key (read from stdin) in the OS keychain after checking it',
    usage: 'devin-tray login [--org ORG_ID] [--account LABEL] < key.txt',
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
      const accounts = createAccountsService({
        settings,
        keychainFor: (entry) => cliKeyStore(deps, entry),
        env: io.env,
        ...(fetchImpl ? { fetch: fetchImpl } : {}),
      });
      try {
        const orgs = (list: { orgId: string; name: string }[]) => {
          if (list.length === 0) io.stderr(`${t('cli.login.orgListForbidden')}\n`);
          else {
            io.stderr(`${t('cli.login.chooseOrg')}\n`);
            for (const org of list) io.stderr(`${t('cli.login.orgLine', { orgId: org.orgId, name: org.name })}\n`);
          }
          return 1;
        };
        if (deps.account !== undefined) {
          try {
            const view = await accounts.add({ label: deps.account, key, orgId: values.org });
            const added = view.accounts.find((a) => sameLabel(a.label, deps.account!.trim()));
            io.stdout(`${t('cli.login.doneAccount', { label: added?.label ?? deps.account, orgId: added?.orgId ?? '?' })}\n`);
            return 0;
          } catch (err) {
            if (err instanceof AppError && err.code === 'ACCOUNT_ORG_REQUIRED') return orgs((err.details?.['choices'] as { orgId: string; name: string }[]) ?? []);
            throw err;
          }
        }
        const result = await accounts.signIn({ key, orgId: values.org });
        if (result.status === 'chooseOrg') return orgs(result.orgs);
        const view = result.account;
        io.stdout(`${t('cli.login.done', { name: view.principal?.name ?? '?', orgId: view.orgId ?? '?' })}\n`);
        return 0;
      } finally {
        await accounts.dispose();
      }
    },
  };
}
