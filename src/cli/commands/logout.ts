import { parseArgs } from 'node:util';
import { translate } from '../../shared/i18n';
import type { CliDeps } from '../api-context';
import { cliTarget, openCliSettings } from '../api-context';
import type { CliCommand } from '../types';

/** `logout [--account LABEL]`: removes that account's key from the OS keychain and forgets the account (default: the current one). */
export function createLogoutCommand(deps: CliDeps = {}): CliCommand {
  return {
    name: 'logout',
    summary: 'Remove the API key from the OS keychain',
    usage: 'devin-tray logout [--account LABEL]',
    async run(args, io) {
      parseArgs({ args, options: {}, allowPositionals: false });
      const settings = await openCliSettings(io, deps);
      const { record, keyStore } = cliTarget(io, { ...deps, ...(io.env['DEVIN_API_KEY'] ? { account: undefined } : {}) }, settings);
      await keyStore.delete();
      if (record) {
        await settings.updateWith((s) => ({
          accounts: s.accounts.filter((a) => a.id !== record.id),
          currentAccountId: s.currentAccountId === record.id ? null : s.currentAccountId,
        }));
      }
      io.stdout(`${translate(io.locale, 'cli.logout.done')}\n`);
      if (io.env['DEVIN_API_KEY']) io.stderr(`${translate(io.locale, 'cli.logout.envStillSet')}\n`);
      return 0;
    },
  };
}
