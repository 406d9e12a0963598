// `npm run bench -- NAME`: each benchmark is a module exporting run(); it prints measured figures
// against a baseline measured in the same run, ending with one summary line.
const benches: Record<string, () => Promise<{ run: () => Promise<void> }>> = {
  handoff: () => import('./handoff'),
};

const name = process.argv[2];
const load = name ? benches[name] : undefined;
if (!load) {
  console.error(`usage: npm run bench -- <${Object.keys(benches).join('|')}>`);
  process.exit(2);
}
await (await load()).run();
