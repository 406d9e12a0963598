import { parseArgs } from 'node:util';
import { translate } from '../../shared/i18n';
import type { CliDeps } from '../api-context';
import { cliKeyStore, openCliSettings } from '../api-context';
import type { CliCommand } from '../types';

/** `logout`: removes the key from the OS keychain and forgets the organization. */
export function createLogoutCommand(deps: CliDeps = {}): CliCommand {
  return {
    name: 'logout',
    summary: 'Remove the API key from the OS keychain',
    usage: 'devin-tray logout',
    async run(args, io) {
      parseArgs({ args, options: {}, allowPositionals: false });
      await cliKeyStore(deps).delete();
      const settings = await openCliSettings(io, deps);
      await settings.update({ orgId: null, orgName: null });
      io.stdout(`${translate(io.locale, 'cli.logout.done')}\n`);
      if (io.env['DEVIN_API_KEY']) io.stderr(`${translate(io.locale, 'cli.logout.envStillSet')}\n`);
      return 0;
    },
  };
}
