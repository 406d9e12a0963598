import { describe, expect, it } from 'vitest';
import { layoutProblems } from './layout-check.rules';

const good = [
  '/package.json',
  '/out/main/index.js',
  '/out/preload/index.js',
  '/out/renderer/index.html',
  '/out/renderer/assets/index-abc.js',
  '/assets/app/icon.png',
  '/assets/tray/tray-idle.png',
  '/assets/tray/tray-idleTemplate.png',
  '/assets/tray/tray-idleTemplate@2x.png',
  '/assets/tray/tray-needs-attention.ico',
  '/node_modules/zod/src/index.ts',
  '/node_modules/@napi-rs/keyring-linux-x64-gnu/keyring.linux-x64-gnu.node',
];
const node = '/node_modules/@napi-rs/keyring-linux-x64-gnu/keyring.linux-x64-gnu.node';
const base = { entries: good, unpackedInAsar: [node], unpackedOnDisk: [node], executableExists: true };

describe('layoutProblems', () => {
  it('accepts the expected layout (a dependency’s own src/ is fine)', () => {
    expect(layoutProblems(base)).toEqual([]);
  });

  it.each([
    [{ entries: good.filter((e) => e !== '/out/preload/index.js') }, 'missing /out/preload/index.js'],
    [{ entries: good.filter((e) => !e.startsWith('/out/renderer/assets/')) }, 'missing the renderer bundle (out/renderer/assets/*.js)'],
    [{ entries: [...good, '/src/main/core.ts'] }, 'development file packed: /src/main/core.ts'],
    [{ entries: [...good, '/test/fixtures/secrets/aws.txt'] }, 'development file packed: /test/fixtures/secrets/aws.txt'],
    [{ entries: [...good, '/bench/run.ts'] }, 'development file packed: /bench/run.ts'],
    [{ entries: [...good, '/assets/icons/app.svg'] }, 'development file packed: /assets/icons/app.svg'],
    [{ entries: [...good, '/out/main/index.js.map'] }, 'source file packed: /out/main/index.js.map'],
    [{ entries: [...good, '/out/main/chunks/seed/sim/fixtures/x.json'] }, 'simulator fixture packed: /out/main/chunks/seed/sim/fixtures/x.json'],
    [{ entries: [...good, '/.env'] }, 'secret-looking file packed: /.env'],
    [{ unpackedInAsar: [] }, `native module inside the asar (cannot be loaded from there): ${node}`],
    [{ unpackedOnDisk: [] }, `native module marked unpacked but missing from app.asar.unpacked: ${node}`],
    [{ entries: good.filter((e) => e !== node) }, 'the keychain binding (@napi-rs/keyring*.node) is not packed'],
    [{ executableExists: false }, 'the executable devin-tray is missing'],
  ])('%j → %s', (over, problem) => {
    expect(layoutProblems({ ...base, ...over })).toContain(problem);
  });
});
