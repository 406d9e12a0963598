import type { SimResponse } from '../http/response';

/** An S3-style XML error body (what presigned storage answers instead of a problem+json). */
export function storageError(status: number, code: string, message: string, resource: string): SimResponse {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const xml =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<Error><Code>${esc(code)}</Code><Message>${esc(message)}</Message><Resource>${esc(resource)}</Resource><RequestId>devin-sim</RequestId></Error>`;
  return { status, headers: { 'content-type': 'application/xml' }, body: { kind: 'buffer', data: Buffer.from(xml) } };
}

/**
 * Storage refuses a request that also carries an Authorization header (S3: "Only one auth
 * mechanism allowed"): a client that forwards the API key after the 307 fails here.
 */
export function authorizationRefused(resource: string): SimResponse {
  return storageError(
    400,
    'InvalidArgument',
    'Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter, Signature query string parameter or the Authorization header should be specified',
    resource,
  );
}
