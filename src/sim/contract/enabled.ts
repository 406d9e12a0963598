/** Whether sims of this process check their traffic (`DEVIN_SIM_CONTRACT=check`, set by the test configs). */
export function contractCheckingEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env['DEVIN_SIM_CONTRACT'] === 'check';
}
