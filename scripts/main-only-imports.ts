/**
 * Packages only main needs (validation of what crosses IPC and the wire) that must stay out of
 * the renderer's initial JavaScript: in the window they cost load time before the first paint and
 * check nothing main does not check again. `npm run build` names the import chain that brings one in.
 */
export const MAIN_ONLY_PACKAGES = ['zod'] as const;

const inPackage = (id: string) => MAIN_ONLY_PACKAGES.some((name) => id.replaceAll('\\', '/').includes(`/node_modules/${name}/`));

/**
 * The shortest chain of static imports from the entry to a main-only package among `initialIds`
 * (the modules rendered into the initial chunks), or null when none is there. Importers are
 * followed whether rendered or not (a re-exporting index renders nothing); only static imports
 * lead to the entry, so a package reached through a lazy chunk gives no chain.
 */
export function mainOnlyImportChain(
  initialIds: Iterable<string>,
  importersOf: (id: string) => readonly string[],
  isEntry: (id: string) => boolean,
): string[] | null {
  const found = [...initialIds].filter(inPackage);
  if (found.length === 0) return null;
  const next = new Map<string, string | null>(found.map((id) => [id, null]));
  const queue = [...found];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    if (isEntry(id)) {
      const chain: string[] = [];
      for (let at: string | null = id; at !== null; at = next.get(at) ?? null) chain.push(at);
      return chain;
    }
    for (const importer of importersOf(id)) {
      if (next.has(importer)) continue;
      next.set(importer, id);
      queue.push(importer);
    }
  }
  return [found[0] as string];
}
