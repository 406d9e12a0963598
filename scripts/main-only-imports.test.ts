import { describe, expect, it } from 'vitest';
import { mainOnlyImportChain } from './main-only-imports';

const graph = (importers: Record<string, string[]>) => (id: string) => importers[id] ?? [];
const isEntry = (id: string) => id.endsWith('/main.tsx');

describe('mainOnlyImportChain', () => {
  it('is null when no main-only package is in the initial modules', () => {
    expect(mainOnlyImportChain(['/r/src/main.tsx', '/r/node_modules/react/index.js'], graph({}), isEntry)).toBeNull();
  });

  it('names the shortest chain from the entry to zod', () => {
    const zod = '/r/node_modules/zod/v4/classic/external.js';
    const zodIndex = '/r/node_modules/zod/index.js';
    const importers = graph({
      [zod]: [zodIndex],
      [zodIndex]: ['/r/src/shared/settings.ts', '/r/src/shared/domain/session.ts'],
      '/r/src/shared/settings.ts': ['/r/src/renderer/src/store/app-store.ts'],
      '/r/src/renderer/src/store/app-store.ts': ['/r/src/renderer/src/Root.tsx'],
      '/r/src/renderer/src/Root.tsx': ['/r/src/renderer/src/main.tsx'],
      '/r/src/shared/domain/session.ts': ['/r/src/shared/sessions/suspend-reason.ts'],
      '/r/src/shared/sessions/suspend-reason.ts': ['/r/src/renderer/src/features/x/Lazy.tsx'],
    });
    // zod/index.js only re-exports, so it renders nothing and is not among the initial modules; the
    // walk goes through it. Lazy.tsx is imported dynamically: that path never reaches the entry.
    const initial = [zod, '/r/src/shared/settings.ts', '/r/src/renderer/src/store/app-store.ts', '/r/src/renderer/src/Root.tsx', '/r/src/renderer/src/main.tsx', '/r/src/shared/domain/session.ts', '/r/src/shared/sessions/suspend-reason.ts'];
    const chain = mainOnlyImportChain(initial, importers, isEntry);
    expect(chain).toEqual(['/r/src/renderer/src/main.tsx', '/r/src/renderer/src/Root.tsx', '/r/src/renderer/src/store/app-store.ts', '/r/src/shared/settings.ts', zodIndex, zod]);
  });
});
