import type { Locale } from './locale';
import type { MessageKey } from './index';
import { fillParams, hasPluralBlock, renderMessage } from '../intl/plural-message';

export * from './locale';
export { defineMessages } from './define';

/**
 * `translate()` over the catalogs installed so far, without importing any catalog.
 *
 * Main and the CLI import `./index`, which installs every catalog at load, so for them nothing
 * changes. The renderer's build resolves `./index` to this module (scripts/renderer-i18n-plugin.ts)
 * and installs one locale at a time (renderer/src/i18n/load-locale.ts): only the active
 * language's strings load before the first paint.
 */
const installed: Partial<Record<Locale, Readonly<Record<string, string>>>> = {};

/** Adds a locale's messages (merged over what that locale already has). */
export function installMessages(locale: Locale, messages: Readonly<Record<string, string>>): void {
  installed[locale] = Object.assign(Object.create(null) as Record<string, string>, installed[locale], messages);
}

/** True once `locale`'s messages are installed. */
export function hasLocale(locale: Locale): boolean {
  return installed[locale] !== undefined;
}

export type TParams = Record<string, string | number | undefined>;

/** Translates `key`; unknown keys come back as the key itself so a gap is visible, not blank. */
export function translate(locale: Locale, key: MessageKey | (string & {}), params: TParams = {}): string {
  const template = installed[locale]?.[key] ?? installed.en?.[key] ?? key;
  // A message with `{count, plural, …}` picks its words by Intl.PluralRules (../intl/plural-message.ts).
  return hasPluralBlock(template) ? renderMessage(template, locale, params) : fillParams(template, params);
}

/** Whether `key` is a message (asked of any installed locale: the catalogs have the same keys). */
export function hasMessage(key: string): boolean {
  return Object.values(installed).some((messages) => key in messages);
}

/** A copy of `locale`'s installed messages. */
export function installedMessages(locale: Locale): Record<string, string> {
  return { ...installed[locale] };
}

/** For tests: all installed keys of a locale. */
export function allKeys(locale: Locale): string[] {
  return Object.keys(installed[locale] ?? {});
}
