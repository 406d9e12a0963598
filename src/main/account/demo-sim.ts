import type { DemoServer } from './account-service';

/**
 * Starts devin-sim in this process with the demo seed, on 127.0.0.1 and a free port. Loaded
 * on demand so a normal start never pays for the simulator.
 */
export async function startDemoSim(): Promise<DemoServer> {
  const { startSim } = await import('../../sim/server');
  const sim = await startSim({ seed: 'demo' });
  return { baseUrl: sim.baseUrl, close: () => sim.close() };
}
