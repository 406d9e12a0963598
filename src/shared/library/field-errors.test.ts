import { describe, expect, it } from 'vitest';
import { placeFieldErrors } from './field-errors';
import { isValidMacro } from './playbook-input';

describe('placeFieldErrors', () => {
  it('puts errors on known fields, maps aliases, keeps the rest', () => {
    const placed = placeFieldErrors(
      [
        { field: 'body.frequency', message: 'bad cron' },
        { field: 'tags.0', message: 'too long' },
        { field: 'cron_schedule', message: 'also bad' },
        { field: 'bypass_approval', message: 'nope' },
        { field: '', message: 'general' },
      ],
      ['name', 'frequency', 'tags'] as const,
      { cron_schedule: 'frequency' },
    );
    expect(placed.byField).toEqual({ frequency: 'bad cron; also bad', tags: 'too long' });
    expect(placed.other.map((e) => e.message)).toEqual(['nope', 'general']);
  });
});

describe('macros', () => {
  it.each([
    ['!deploy', true],
    ['!Deploy_2-x', true],
    ['', true],
    ['deploy', false],
    ['!', false],
    ['!-x', false],
    ['!de ploy', false],
  ])('%j valid=%s', (macro, ok) => {
    expect(isValidMacro(macro)).toBe(ok);
  });
});
