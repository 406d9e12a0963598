import { describe, expect, it } from 'vitest';
import hostile from '../attachments/fixtures/hostile-names.json';
import { AppError } from '../../shared/errors';
import { attachmentDownloadUrl, pathSegment } from './download-route';

const BASE = 'https://api.devin.ai';
const ORG = '/v3/organizations/org-abc';
const ID = '0b9c4f8e-1111-4222-8333-444455556666';

describe('attachment download route', () => {
  it('is /v3/organizations/{org}/attachments/{uuid}/{name} on the API origin', () => {
    expect(attachmentDownloadUrl(BASE, ORG, { attachment_id: ID, name: 'report.pdf' })).toBe(`${BASE}${ORG}/attachments/${ID}/report.pdf`);
    expect(attachmentDownloadUrl('https://api.acme.devinenterprise.com/prefix', ORG, { attachment_id: ID, name: 'a b.txt' })).toBe(
      `https://api.acme.devinenterprise.com/prefix${ORG}/attachments/${ID}/a%20b.txt`,
    );
  });

  it('keeps separators, dots and percent signs inside one segment', () => {
    for (const name of ['../../etc/passwd', '..\\..\\x', 'a/b', '%2e%2e', '.%2e', '..%2F', 'q?x=1#frag', "it's (1)*!.txt"]) {
      const url = new URL(attachmentDownloadUrl(BASE, ORG, { attachment_id: ID, name }));
      const segments = url.pathname.split('/');
      expect(segments.slice(0, -1).join('/')).toBe(`${ORG}/attachments/${ID}`);
      expect(decodeURIComponent(segments.at(-1) as string)).toBe(name);
      expect(url.search + url.hash).toBe('');
    }
  });

  it('gives every hostile name of the fixture exactly one segment that decodes back, or refuses it', () => {
    let refused = 0;
    for (const name of hostile.names) {
      try {
        const url = new URL(attachmentDownloadUrl(BASE, ORG, { attachment_id: ID, name }));
        const rest = url.pathname.slice(`${ORG}/attachments/${ID}/`.length);
        expect(rest).not.toContain('/');
        expect(decodeURIComponent(rest)).toBe(name);
        expect(url.origin).toBe(BASE);
      } catch (e) {
        expect(e).toBeInstanceOf(AppError);
        expect((e as AppError).code).toBe('ATTACHMENT_NAME_UNROUTABLE');
        expect(['', '.', '..']).toContain(name);
        refused += 1;
      }
    }
    expect(refused).toBeGreaterThan(0);
  });

  it('refuses names and ids no URL can carry as a segment (. and .., even percent-encoded, collapse)', () => {
    expect(new URL(`${BASE}/a/%2e%2e/b`).pathname).toBe('/b');
    for (const bad of [{ attachment_id: ID, name: '..' }, { attachment_id: ID, name: '.' }, { attachment_id: ID, name: '' }, { attachment_id: '..', name: 'x' }]) {
      expect(() => attachmentDownloadUrl(BASE, ORG, bad)).toThrow(expect.objectContaining({ code: 'ATTACHMENT_NAME_UNROUTABLE' }));
    }
  });

  it('encodes the characters encodeURIComponent leaves alone, so no parser reads them differently', () => {
    expect(pathSegment("a!b'c(d)e*f")).toBe('a%21b%27c%28d%29e%2Af');
  });
});
