import { describe, expect, it } from 'vitest';
import { attachmentIsHtml, isErrorDocument, isExpiredLink, isUnexpectedHtml, parseStorageError } from './download-answer';

describe('what a download answer is', () => {
  it('knows HTML attachments by declared type or name', () => {
    expect(attachmentIsHtml({ name: 'coverage.html' })).toBe(true);
    expect(attachmentIsHtml({ name: 'INDEX.HTM' })).toBe(true);
    expect(attachmentIsHtml({ name: 'page', content_type: 'text/html; charset=utf-8' })).toBe(true);
    expect(attachmentIsHtml({ name: 'report.pdf', content_type: 'application/pdf' })).toBe(false);
    expect(attachmentIsHtml({ name: 'x.html.pdf', content_type: null })).toBe(false);
  });

  it.each([
    [200, 'text/html; charset=utf-8', false, true],
    [206, 'application/xhtml+xml', false, true],
    [200, 'text/html', true, false],
    [200, 'application/octet-stream', false, false],
    [401, 'text/html', false, false],
  ])('%i %s (html expected: %s) → a sign-in page: %s', (status, type, expectHtml, page) => {
    expect(isUnexpectedHtml(status, type, expectHtml)).toBe(page);
  });

  it('reads S3 XML errors and JSON errors; nothing from other bodies', () => {
    const s3 = '<?xml version="1.0"?><Error><Code>AccessDenied</Code><Message>Request has expired</Message><X-Amz-Expires>60</X-Amz-Expires></Error>';
    expect(parseStorageError(s3, 'application/xml')).toEqual({ code: 'AccessDenied', message: 'Request has expired' });
    expect(parseStorageError('{"error":{"code":403,"message":"Forbidden"}}', 'application/json')).toEqual({ code: 'Error', message: 'Forbidden' });
    expect(parseStorageError('{"error":{"code":"ExpiredToken","message":"The token expired"}}', 'application/json')).toEqual({ code: 'ExpiredToken', message: 'The token expired' });
    expect(parseStorageError('{"Code":"SignatureDoesNotMatch","Message":"bad &amp; sad"}', 'application/json')).toEqual({ code: 'SignatureDoesNotMatch', message: 'bad &amp; sad' });
    expect(parseStorageError('<Error><Message>a &lt;b&gt; &amp; c</Message></Error>', 'text/xml')).toEqual({ code: 'Error', message: 'a <b> & c' });
    expect(parseStorageError('not json', 'application/json')).toBeNull();
    expect(parseStorageError('{}', 'application/json')).toBeNull();
    expect(parseStorageError(`<Error><Code>X</Code><Message>${'m'.repeat(500)}</Message></Error>`, 'application/xml')?.message).toHaveLength(200);
    expect(isErrorDocument('application/problem+json')).toBe(true);
    expect(isErrorDocument('text/plain')).toBe(false);
  });

  it('treats an expired presigned URL as worth another trip to the route', () => {
    expect(isExpiredLink({ code: 'AccessDenied', message: 'Request has expired' })).toBe(true);
    expect(isExpiredLink({ code: 'ExpiredToken', message: '' })).toBe(true);
    expect(isExpiredLink({ code: 'AccessDenied', message: 'Access Denied' })).toBe(false);
    expect(isExpiredLink({ code: 'InvalidArgument', message: 'Only one auth mechanism allowed' })).toBe(false);
  });
});
