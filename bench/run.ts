// `npm run bench -- NAME`: each benchmark is a module exporting run(); it prints measured figures
// against a baseline measured in the same run, ending with one summary line.
const benches: Record<string, () => Promise<{ run: () => Promise<void> }>> = {
  handoff: () => import('./handoff'),
  download: () => import('./download'),
  poll: () => import('./poll'),
  limits: () => import('./limits'),
};

const benchName = process.argv[2];
const load = benchName ? benches[benchName] : undefined;
if (!load) {
  console.error(`usage: npm run bench -- <${Object.keys(benches).join('|')}>`);
  process.exit(2);
}
void load()
  .then((m) => m.run())
  .catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
export {};
