import { describe, expect, it } from 'vitest';
import { bakedModuleCode } from './renderer-baked-values';
import { bakedValues } from './renderer-baked-sources';
import { channels } from '../src/shared/ipc/contract';
import { settingsSchema } from '../src/shared/settings';

/** Evaluates a built module's text as the renderer would, and returns its default export. */
async function evaluate(code: string): Promise<unknown> {
  const module = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as { default: unknown };
  return module.default;
}

const built = (id: keyof typeof bakedValues) => bakedModuleCode(bakedValues[id]());

describe('renderer baked values', () => {
  it('bakes every contract channel name, and only those', async () => {
    expect(await evaluate(built('virtual:ipc-channel-names'))).toEqual(Object.keys(channels));
  });

  it('bakes the default settings the schema gives an empty file', async () => {
    expect(await evaluate(built('virtual:default-settings'))).toEqual(settingsSchema.parse({}));
  });

  it('imports nothing (so no zod) in the built modules', () => {
    for (const id of Object.keys(bakedValues) as (keyof typeof bakedValues)[]) expect(built(id)).not.toMatch(/\bimport\b/);
  });
});
