import { parseArgs } from 'node:util';
import { translate } from '../../shared/i18n';
import type { CliDeps } from '../api-context';
import { openCliSettings } from '../api-context';
import type { CliCommand } from '../types';

/** `accounts [--json]`: the stored accounts (#16), never a key. `current` is the one commands use without --account. */
export function createAccountsCommand(deps: CliDeps = {}): CliCommand {
  return {
    name: 'accounts',
    summary: 'List the signed-in accounts (labels for --account)',
    usage: 'devin-tray accounts [--json]',
    async run(args, io) {
      const { values } = parseArgs({ args, options: { json: { type: 'boolean' } }, allowPositionals: false });
      const settings = (await openCliSettings(io, deps)).get();
      const currentId = settings.accounts.find((a) => a.id === settings.currentAccountId)?.id ?? settings.accounts[0]?.id ?? null;
      const rows = settings.accounts.map((a) => ({ id: a.id, label: a.label, api_url: a.apiBaseUrl, org_id: a.orgId, current: a.id === currentId }));
      if (values.json) {
        io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
        return 0;
      }
      if (rows.length === 0) {
        io.stdout(`${translate(io.locale, 'cli.accounts.none')}\n`);
        return 0;
      }
      const width = Math.max(...rows.map((r) => r.label.length));
      for (const r of rows) io.stdout(`${r.current ? '*' : ' '} ${r.label.padEnd(width)}  ${r.org_id ?? '—'}  ${r.api_url}\n`);
      return 0;
    },
  };
}
