import type { Contract, EndpointSpec } from './contract-types';

export type EndpointMatch =
  | { kind: 'found'; endpoint: EndpointSpec; params: Record<string, string> }
  | { kind: 'wrong-method'; allowed: string[] }
  | { kind: 'unknown-route' };

interface Compiled {
  endpoint: EndpointSpec;
  segments: string[];
  /** Literal segments count: the more literal, the more specific (`sessions/insights` beats `sessions/{devin_id}`). */
  literals: number;
}

const compiledByContract = new WeakMap<Contract, Compiled[]>();

function segmentsOf(path: string): string[] {
  return path.split('/').filter((s) => s.length > 0);
}

function compile(contract: Contract): Compiled[] {
  let out = compiledByContract.get(contract);
  if (!out) {
    out = contract.endpoints
      .map((endpoint) => {
        const segments = segmentsOf(endpoint.path);
        return { endpoint, segments, literals: segments.filter((s) => !s.startsWith('{')).length };
      })
      .sort((a, b) => b.literals - a.literals);
    compiledByContract.set(contract, out);
  }
  return out;
}

/** Raw path segments (still percent-encoded): `{param}` matches exactly one of them. */
function matchPath(template: string[], parts: string[]): Record<string, string> | null {
  if (template.length !== parts.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < template.length; i++) {
    const t = template[i] as string;
    const p = parts[i] as string;
    if (t.startsWith('{') && t.endsWith('}')) {
      try {
        params[t.slice(1, -1)] = decodeURIComponent(p);
      } catch {
        return null;
      }
    } else if (t !== p) {
      return null;
    }
  }
  return params;
}

/**
 * The contract endpoint for a method and a raw (encoded) pathname. HEAD is read as GET. Among
 * templates that fit, the one with the most literal segments wins.
 */
export function matchEndpoint(contract: Contract, method: string, pathname: string): EndpointMatch {
  const m = method.toUpperCase() === 'HEAD' ? 'GET' : method.toUpperCase();
  const parts = segmentsOf(pathname);
  const allowed: string[] = [];
  let best: Extract<EndpointMatch, { kind: 'found' }> | null = null;
  for (const c of compile(contract)) {
    const params = matchPath(c.segments, parts);
    if (!params) continue;
    if (c.endpoint.method !== m) {
      allowed.push(c.endpoint.method);
      continue;
    }
    best = { kind: 'found', endpoint: c.endpoint, params };
    break;
  }
  if (best) return best;
  return allowed.length > 0 ? { kind: 'wrong-method', allowed: [...new Set(allowed)] } : { kind: 'unknown-route' };
}
