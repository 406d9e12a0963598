import { describe, expect, it } from 'vitest';
import { githubEnvLines, signingPlan } from './release-signing-plan';

const mac = { SECRET_MAC_CSC_LINK: 'MIIb64…', SECRET_MAC_CSC_KEY_PASSWORD: 'pw' };
const apple = { SECRET_APPLE_ID: 'a@b.c', SECRET_APPLE_APP_SPECIFIC_PASSWORD: 'abcd-efgh', SECRET_APPLE_TEAM_ID: 'TEAM1' };

describe('signingPlan', () => {
  it('no secrets at all: unsigned builds everywhere, said in notices, no error', () => {
    const m = signingPlan('darwin', { SECRET_MAC_CSC_LINK: '', SECRET_APPLE_ID: '  ' });
    expect(m.errors).toEqual([]);
    expect(m.exports).toEqual({ CSC_IDENTITY_AUTO_DISCOVERY: 'false' });
    expect(m.notices).toHaveLength(2);
    const w = signingPlan('win32', {});
    expect(w).toMatchObject({ exports: {}, errors: [] });
    expect(w.notices[0]).toMatch(/not signed/);
    expect(signingPlan('linux', {}).exports).toEqual({});
  });

  it('complete sets are exported under electron-builder’s names', () => {
    expect(signingPlan('darwin', { ...mac, ...apple }).exports).toEqual({
      CSC_LINK: 'MIIb64…',
      CSC_KEY_PASSWORD: 'pw',
      APPLE_ID: 'a@b.c',
      APPLE_APP_SPECIFIC_PASSWORD: 'abcd-efgh',
      APPLE_TEAM_ID: 'TEAM1',
    });
    expect(signingPlan('win32', { SECRET_WIN_CSC_LINK: 'x', SECRET_WIN_CSC_KEY_PASSWORD: 'y' }).exports).toEqual({ WIN_CSC_LINK: 'x', WIN_CSC_KEY_PASSWORD: 'y' });
  });

  it('half a set is an error naming what is missing; notarising without a certificate too', () => {
    expect(signingPlan('darwin', { SECRET_MAC_CSC_LINK: 'x' }).errors).toEqual(['macOS signing: SECRET_MAC_CSC_KEY_PASSWORD missing (the others are set)']);
    expect(signingPlan('darwin', { ...mac, SECRET_APPLE_ID: 'a' }).errors[0]).toMatch(/SECRET_APPLE_APP_SPECIFIC_PASSWORD, SECRET_APPLE_TEAM_ID missing/);
    expect(signingPlan('darwin', apple).errors[0]).toMatch(/no signing certificate to notarise/);
  });
});

describe('githubEnvLines', () => {
  it('writes each value in heredoc form so a multi-line value stays whole', () => {
    const text = githubEnvLines({ CSC_LINK: 'line1\nline2', X: 'y' });
    const [name, ...rest] = text.split('\n');
    expect(name).toMatch(/^CSC_LINK<<EOF_CSC_LINK_\d+$/);
    expect(rest.slice(0, 3)).toEqual(['line1', 'line2', name!.split('<<')[1]]);
    expect(text).toContain('X<<');
  });
});
