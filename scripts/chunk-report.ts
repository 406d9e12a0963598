/**
 * The renderer's chunk sizes, printed at the end of `npm run build`, and the budget for what the
 * window loads before its first paint. Pure over a bundle description so it is tested without Vite.
 */

/** The renderer's single unminified bundle at commit 6e33dea, before lazy loading (bytes, as Vite printed it). */
export const BASELINE_INITIAL_BYTES = 1_613_420;
/** The initial JavaScript may be at most 40% of that. */
export const INITIAL_BUDGET_BYTES = Math.floor(BASELINE_INITIAL_BYTES * 0.4);

export interface ChunkInfo {
  fileName: string;
  bytes: number;
  isEntry: boolean;
  /** Chunks this one imports statically (they load with it). */
  imports: readonly string[];
  /** One locale's messages (scripts/renderer-i18n-plugin.ts): the window loads exactly one before it paints. */
  locale?: boolean;
}

export interface ChunkReport {
  /** Entry chunks and everything they import statically, transitively: what loads before first paint. */
  initial: ChunkInfo[];
  /** Chunks only reached through a dynamic import(): loaded on first use. */
  lazy: ChunkInfo[];
  /** The locales' messages, dynamically imported, one of them before the first paint. */
  locales: ChunkInfo[];
  initialBytes: number;
  lazyBytes: number;
  /** The largest locale chunk: what the first paint waits for beyond the initial chunks. */
  localeBytes: number;
  /** initialBytes + localeBytes; the budget holds this. */
  firstPaintBytes: number;
  budgetBytes: number;
  withinBudget: boolean;
}

export function chunkReport(chunks: readonly ChunkInfo[], budgetBytes = INITIAL_BUDGET_BYTES): ChunkReport {
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const initialNames = new Set<string>();
  const visit = (name: string) => {
    if (initialNames.has(name)) return;
    const chunk = byName.get(name);
    if (!chunk) return;
    initialNames.add(name);
    for (const dep of chunk.imports) visit(dep);
  };
  for (const c of chunks) if (c.isEntry) visit(c.fileName);
  const bySize = (a: ChunkInfo, b: ChunkInfo) => b.bytes - a.bytes || a.fileName.localeCompare(b.fileName);
  const initial = chunks.filter((c) => initialNames.has(c.fileName)).sort(bySize);
  const rest = chunks.filter((c) => !initialNames.has(c.fileName)).sort(bySize);
  const lazy = rest.filter((c) => !c.locale);
  const locales = rest.filter((c) => c.locale);
  const sum = (list: ChunkInfo[]) => list.reduce((n, c) => n + c.bytes, 0);
  const initialBytes = sum(initial);
  const localeBytes = Math.max(0, ...locales.map((c) => c.bytes));
  const firstPaintBytes = initialBytes + localeBytes;
  return { initial, lazy, locales, initialBytes, lazyBytes: sum(lazy), localeBytes, firstPaintBytes, budgetBytes, withinBudget: firstPaintBytes <= budgetBytes };
}

const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;

/** The lines `npm run build` prints after the renderer's bundle. */
export function formatChunkReport(r: ChunkReport): string[] {
  const width = Math.max(10, ...[...r.initial, ...r.locales, ...r.lazy].map((c) => c.fileName.length));
  const line = (kind: string, c: ChunkInfo) => `  ${kind.padEnd(8)}${c.fileName.padEnd(width + 2)}${kB(c.bytes).padStart(10)}`;
  const percent = (bytes: number) => `${((bytes / BASELINE_INITIAL_BYTES) * 100).toFixed(1)}%`;
  const firstPaint =
    r.locales.length > 0
      ? ` + one locale's messages (at most ${kB(r.localeBytes)}) = first paint ${r.firstPaintBytes} bytes (${kB(r.firstPaintBytes)}, ${percent(r.firstPaintBytes)}; budget ${kB(r.budgetBytes)})`
      : `; budget ${kB(r.budgetBytes)}`;
  return [
    'renderer chunks (minified JavaScript):',
    ...r.initial.map((c) => line('initial', c)),
    ...r.locales.map((c) => line('locale', c)),
    ...r.lazy.map((c) => line('lazy', c)),
    `renderer initial=${r.initialBytes} bytes (${kB(r.initialBytes)}, ${percent(r.initialBytes)} of the 6e33dea bundle's ${kB(BASELINE_INITIAL_BYTES)})${firstPaint} lazy=${r.lazyBytes} bytes in ${r.lazy.length} chunks`,
  ];
}
