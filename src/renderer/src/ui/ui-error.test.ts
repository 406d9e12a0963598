import { describe, expect, it } from 'vitest';
import { toUiError } from './ui-error';
import { i18nValue } from '../i18n/context';
import { BridgeError } from '../../../shared/ipc/bridge';

const { t } = i18nValue('en');

describe('toUiError', () => {
  it('keeps the code and main’s localized message from a BridgeError', () => {
    expect(toUiError(new BridgeError('AUTH_INVALID', 'rejected (401)'), t)).toEqual({ code: 'AUTH_INVALID', message: 'rejected (401)' });
  });

  it('reads a code from any error-shaped object (classes do not survive contextBridge)', () => {
    expect(toUiError({ code: 'NETWORK', message: 'offline' }, t)).toEqual({ code: 'NETWORK', message: 'offline' });
  });

  it('frames errors without a code as unexpected, in the UI language', () => {
    expect(toUiError(new Error('boom'), t)).toEqual({ code: 'INTERNAL', message: 'Something went wrong: boom' });
    expect(toUiError('weird', i18nValue('zh-CN').t)).toEqual({ code: 'INTERNAL', message: '出现问题：weird' });
  });
});
