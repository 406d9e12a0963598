import { parseArgs } from 'node:util';
import { summarizePrincipal } from '../../shared/domain/self';
import { translate } from '../../shared/i18n';
import type { CliDeps } from '../api-context';
import { getClient } from '../api-context';
import type { CliCommand } from '../types';

/** `whoami [--json]`: who the configured key is (never prints the key). */
export function createWhoamiCommand(deps: CliDeps = {}): CliCommand {
  return {
    name: 'whoami',
    summary: 'Show who the API key belongs to and which organization is used',
    usage: 'devin-tray whoami [--json]',
    async run(args, io) {
      const { values } = parseArgs({ args, options: { json: { type: 'boolean' } }, allowPositionals: false });
      const { client, orgId, keySource } = await getClient(io, deps);
      const self = await client.self();
      const resolvedOrg = orgId ?? self.org_id;
      if (values.json) {
        // `org_id` once: the organization in use (DEVIN_ORG_ID / login --org, else the key's own). No camelCase twin.
        io.stdout(`${JSON.stringify({ ...self, org_id: resolvedOrg ?? null }, null, 2)}\n`);
        return 0;
      }
      const who = summarizePrincipal(self);
      const t = (key: string, params: Record<string, string> = {}) => translate(io.locale, key, params);
      io.stdout(`${t('cli.whoami.principal', { name: who.name, type: who.type })}\n`);
      io.stdout(`${resolvedOrg ? t('cli.whoami.org', { orgId: resolvedOrg }) : t('cli.whoami.noOrg')}\n`);
      io.stdout(`${t('cli.whoami.keySource', { source: keySource })}\n`);
      return 0;
    },
  };
}
