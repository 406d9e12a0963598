import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { classifyKeychainFailure, keychainError, localizeKeychainDetail } from './keychain-error';

describe('classifyKeychainFailure', () => {
  it.each([
    ['Platform failure: DBus error: Cannot autolaunch D-Bus without X11 $DISPLAY', 'noDbus'],
    ['Platform failure: DBus error: Using X11 for dbus-daemon autolaunch was disabled at compile time, set your DBUS_SESSION_BUS_ADDRESS instead', 'noDbus'],
    ['Platform failure: DBus error: Failed to connect to socket /run/user/1000/bus: No such file or directory', 'noDbus'],
    ['Platform failure: DBus error: The name org.freedesktop.secrets was not provided by any .service files', 'noSecretService'],
    ['Platform failure: DBus error: org.freedesktop.DBus.Error.ServiceUnknown', 'noSecretService'],
    ['Platform failure: no result', 'locked'],
    ['Platform failure: DBus error: Object does not exist at path “/org/freedesktop/secrets/collection/login”', 'locked'],
    ['Secret Service: the collection is locked', 'locked'],
    ['Platform failure: prompt dismissed', 'denied'],
    ['Something else entirely', 'failed'],
  ])('%s → %s', (message, reason) => {
    expect(classifyKeychainFailure(message)).toBe(reason);
  });
});

describe('keychainError', () => {
  it('becomes KEYCHAIN_UNAVAILABLE with a plain, redacted detail', () => {
    const err = keychainError(new Error('weird failure while storing cog_secret_value\nsecond line'));
    expect(err).toBeInstanceOf(AppError);
    expect(err.code).toBe('KEYCHAIN_UNAVAILABLE');
    expect(err.details).toMatchObject({ reason: 'failed' });
    expect(JSON.stringify([err.message, err.details, err.params])).not.toContain('cog_secret_value');
    expect(JSON.stringify(err.params)).not.toContain('second line');
  });

  it('re-renders the detail in Chinese', () => {
    const err = keychainError(new Error('Cannot autolaunch D-Bus without X11 $DISPLAY'));
    const zh = localizeKeychainDetail(err, 'zh-CN') as AppError;
    expect(zh.params['detail']).toMatch(/D-Bus 会话总线/);
    expect(localizeKeychainDetail(new Error('x'), 'zh-CN')).toBeInstanceOf(Error);
  });
});
