import { checkRequest, type RequestExchange } from './check-request';
import { checkResponse, type ResponseExchange } from './check-response';
import type { Contract } from './contract-types';
import { loadContract } from './locate-contract';
import { recordViolation } from './violations';

/** What the sim tells the observer about one exchange on its API origin. */
export interface SimExchange {
  request: RequestExchange;
  response: ResponseExchange;
}

export type ExchangeObserver = (exchange: SimExchange) => void;

/** The app's own HTTP clients announce themselves (`devin-tray`, `devin-tray/1.2.3 …`). */
export function isAppClient(headers: RequestExchange['headers']): boolean {
  return /^devin-tray\b/i.test(headers['user-agent'] ?? '');
}

/**
 * Checks every exchange against the contract and records what drifts. A request of the app's
 * client is held to the contract whatever the sim answered; a request from anything else (a test
 * probing the sim with bad input on purpose) only when the sim accepted it, because then the sim
 * is laxer than the API. Every response is checked.
 */
export function contractObserver(contract: Contract = loadContract().contract): ExchangeObserver {
  return ({ request, response }) => {
    const req = checkRequest(contract, request);
    const agent = isAppClient(request.headers) ? 'client' : 'other';
    const base = { endpoint: req.label, method: request.method, path: request.pathname, status: response.status, agent } as const;
    if (req.issues.length > 0 && (agent === 'client' || response.status < 400)) recordViolation({ ...base, side: 'request', issues: req.issues });
    const res = checkResponse(contract, req.endpoint, response);
    if (res.length > 0) recordViolation({ ...base, side: 'response', issues: res });
  };
}
