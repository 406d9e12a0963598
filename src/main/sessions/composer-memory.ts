import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { composerMemorySchema, EMPTY_COMPOSER_MEMORY, type ComposerMemory } from '../../shared/ipc/channels/composer';
import { writeFileAtomic } from '../settings/atomic-write';

/** How many organizations' values are kept (an enterprise key may visit many). */
const MAX_ORGS = 20;

type ByOrg = Record<string, ComposerMemory>;

/** Well-formed entries of a parsed file; anything else is dropped (a damaged file is not fatal). */
export function parseComposerMemory(raw: unknown): ByOrg {
  const byOrg = (raw as { byOrg?: unknown } | null)?.byOrg;
  const out: ByOrg = {};
  if (!byOrg || typeof byOrg !== 'object') return out;
  for (const [org, value] of Object.entries(byOrg)) {
    const parsed = composerMemorySchema.safeParse(value);
    if (parsed.success && org !== '') out[org] = parsed.data;
  }
  return out;
}

export interface ComposerMemoryStore {
  get(orgId: string): Promise<ComposerMemory>;
  remember(orgId: string, values: ComposerMemory): Promise<ComposerMemory>;
}

/**
 * The composer's last used values per organization, in `composer.json` beside the settings
 * (written atomically, one write at a time; the most recently used org is kept last).
 */
export function createComposerMemory(file: string): ComposerMemoryStore {
  let queue: Promise<unknown> = Promise.resolve();
  const read = async (): Promise<ByOrg> => {
    try {
      return parseComposerMemory(JSON.parse(await readFile(file, 'utf8')));
    } catch {
      return {};
    }
  };
  return {
    get: (orgId) => queue.then(read).then((all) => all[orgId] ?? EMPTY_COMPOSER_MEMORY),
    remember(orgId, values) {
      const next = queue.then(async () => {
        const all = await read();
        delete all[orgId];
        const entries = [...Object.entries(all), [orgId, values] as const].slice(-MAX_ORGS);
        await mkdir(dirname(file), { recursive: true });
        await writeFileAtomic(file, `${JSON.stringify({ version: 1, byOrg: Object.fromEntries(entries) }, null, 2)}\n`);
        return values;
      });
      queue = next.catch(() => undefined);
      return next;
    },
  };
}
