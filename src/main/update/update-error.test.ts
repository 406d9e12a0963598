import { describe, expect, it } from 'vitest';
import { classifyUpdateError } from './update-error';

const coded = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('classifyUpdateError', () => {
  it.each([
    [coded('ENOTFOUND', 'getaddrinfo ENOTFOUND github.com'), 'network'],
    [coded('ECONNREFUSED'), 'network'],
    [new Error('net::ERR_PROXY_CONNECTION_FAILED'), 'network'],
    [coded('HTTP_ERROR_503'), 'network'],
    [coded('HTTP_ERROR_429'), 'network'],
    [coded('HTTP_ERROR_404'), 'no-release'],
    [coded('ERR_UPDATER_CHANNEL_FILE_NOT_FOUND'), 'no-release'],
    [coded('ERR_UPDATER_LATEST_VERSION_NOT_FOUND'), 'no-release'],
    [coded('ERR_UPDATER_INVALID_UPDATE_INFO'), 'bad-feed'],
    [coded('ERR_UPDATER_NO_FILES_PROVIDED'), 'bad-feed'],
    [coded('ERR_CHECKSUM_MISMATCH'), 'checksum'],
    [new Error('sha512 checksum mismatch, expected abc, got def'), 'checksum'],
    [coded('ERR_UPDATER_INVALID_SIGNATURE'), 'signature'],
    [new Error('Code signature at URL file:///… did not pass validation: code failed to satisfy specified code requirement(s)'), 'signature'],
    [coded('ENOSPC'), 'disk'],
    [coded('EACCES'), 'disk'],
    [new Error('something else'), 'unknown'],
    ['a string', 'unknown'],
    [null, 'unknown'],
  ])('%s → %s', (err, expected) => {
    expect(classifyUpdateError(err)).toBe(expected);
  });
});
