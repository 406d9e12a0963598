/**
 * A route table with `:param` segments. Templates double as the counters' keys
 * (`GET /v3/organizations/:org/sessions`), so keep them readable.
 */
export interface Route<H> {
  method: string;
  template: string;
  handler: H;
}

export type RouteMatch<H> =
  | { kind: 'found'; route: Route<H>; params: Record<string, string> }
  | { kind: 'method-not-allowed'; allowed: string[] }
  | { kind: 'not-found' };

interface Compiled<H> {
  route: Route<H>;
  segments: string[];
}

export class Router<H> {
  private readonly compiled: Compiled<H>[] = [];

  /** Registers routes; order matters only between templates that would match the same path. */
  add(...routes: Route<H>[]): this {
    for (const route of routes) this.compiled.push({ route, segments: split(route.template) });
    return this;
  }

  /** Every registered route, in order (the contract test checks each one exists in the reference). */
  routes(): Route<H>[] {
    return this.compiled.map((c) => c.route);
  }

  /**
   * Finds the route for a method and pathname (path segments are percent-decoded). A literal
   * segment beats a `:param` whatever the registration order (`sessions/insights` is not a
   * session id), as the API's router does.
   */
  match(method: string, pathname: string): RouteMatch<H> {
    const parts = split(pathname);
    const allowed: string[] = [];
    let best: { route: Route<H>; params: Record<string, string>; literals: number } | null = null;
    for (const c of this.compiled) {
      const params = matchSegments(c.segments, parts);
      if (!params) continue;
      if (c.route.method !== method) {
        allowed.push(c.route.method);
        continue;
      }
      const literals = c.segments.filter((seg) => !seg.startsWith(':')).length;
      if (!best || literals > best.literals) best = { route: c.route, params, literals };
    }
    if (best) return { kind: 'found', route: best.route, params: best.params };
    return allowed.length > 0 ? { kind: 'method-not-allowed', allowed } : { kind: 'not-found' };
  }
}

function split(path: string): string[] {
  return path.split('/').filter((s) => s.length > 0);
}

function matchSegments(template: string[], parts: string[]): Record<string, string> | null {
  if (template.length !== parts.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < template.length; i++) {
    const t = template[i] as string;
    const p = parts[i] as string;
    if (t.startsWith(':')) {
      try {
        params[t.slice(1)] = decodeURIComponent(p);
      } catch {
        return null;
      }
    } else if (t !== p) {
      return null;
    }
  }
  return params;
}
