import { describe, expect, it } from 'vitest';
import { placeholdersOf } from '../../intl/plural-message';
import { LOCALES } from '../locale';
import { allKeys, translate } from '../index';
import { uiOnboardingMessages } from './ui-onboarding';
import { uiSectionsMessages } from './ui-sections';
import { uiSettingsMessages } from './ui-settings';
import { uiShellMessages } from './ui-shell';

const catalogs = { uiShellMessages, uiSectionsMessages, uiOnboardingMessages, uiSettingsMessages };
// Parameters as the i18n layer reads them (plural blocks included).
const placeholders = placeholdersOf;

describe.each(Object.entries(catalogs))('%s', (_name, catalog) => {
  const en = catalog.en as Record<string, string>;
  const zh = catalog['zh-CN'] as Record<string, string>;

  it('has the same keys in en and zh-CN, all under ui.', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) expect(key.startsWith('ui.')).toBe(true);
  });

  it('has a non-empty text with the same placeholders in both locales', () => {
    for (const key of Object.keys(en)) {
      expect(en[key]?.trim(), key).toBeTruthy();
      expect(zh[key]?.trim(), key).toBeTruthy();
      expect(placeholders(zh[key]!), key).toEqual(placeholders(en[key]!));
    }
  });

  it('is registered in the merged catalogs for every locale', () => {
    for (const locale of LOCALES) {
      const keys = new Set(allKeys(locale));
      for (const key of Object.keys(en)) expect(keys.has(key), `${locale} ${key}`).toBe(true);
    }
    const someKey = Object.keys(en)[0]!;
    expect(translate('zh-CN', someKey)).toBe(zh[someKey]!.replace(/\{\w+\}/g, ''));
  });
});

it('ui keys do not collide across the ui catalogs', () => {
  const seen = new Map<string, string>();
  for (const [name, catalog] of Object.entries(catalogs)) {
    for (const key of Object.keys(catalog.en)) {
      expect(seen.get(key), `${key} in ${name}`).toBeUndefined();
      seen.set(key, name);
    }
  }
});
