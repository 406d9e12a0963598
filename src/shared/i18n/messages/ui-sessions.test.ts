import { describe, expect, it } from 'vitest';
import { placeholdersOf } from '../../intl/plural-message';
import { LOCALES } from '../locale';
import { allKeys, translate } from '../index';
import { uiLibraryMessages } from './ui-library';
import { uiOnboardingMessages } from './ui-onboarding';
import { uiSectionsMessages } from './ui-sections';
import { uiSessionsMessages } from './ui-sessions';
import { uiSettingsMessages } from './ui-settings';
import { uiShellMessages } from './ui-shell';

const en = uiSessionsMessages.en as Record<string, string>;
const zh = uiSessionsMessages['zh-CN'] as Record<string, string>;
// Parameters as the i18n layer reads them (plural blocks included).
const placeholders = placeholdersOf;

describe('uiSessionsMessages', () => {
  it('has the same keys in en and zh-CN, all under ui.sessions.', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) expect(key.startsWith('ui.sessions.'), key).toBe(true);
  });

  it('has non-empty texts with the same placeholders in both locales', () => {
    for (const key of Object.keys(en)) {
      expect(en[key]?.trim(), key).toBeTruthy();
      expect(zh[key]?.trim(), key).toBeTruthy();
      expect(placeholders(zh[key]!), key).toEqual(placeholders(en[key]!));
    }
  });

  it('is registered, and no other ui catalog defines the same keys', () => {
    for (const locale of LOCALES) {
      const keys = new Set(allKeys(locale));
      for (const key of Object.keys(en)) expect(keys.has(key), `${locale} ${key}`).toBe(true);
    }
    expect(translate('zh-CN', 'ui.sessions.group.attention')).toBe('需要你处理');
    const others = [uiShellMessages, uiSectionsMessages, uiOnboardingMessages, uiSettingsMessages, uiLibraryMessages];
    for (const other of others) for (const key of Object.keys(other.en)) expect(key in en, key).toBe(false);
  });
});
