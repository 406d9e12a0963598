/**
 * Node tests: every devin-sim started in a test checks its traffic against the v3 contract
 * (DEVIN_SIM_CONTRACT=check, vitest.config.ts); a test during which the app's client sent, or
 * the sim served, something the contract does not allow fails here, naming the endpoint.
 */
import { afterEach } from 'vitest';
import { assertNoContractViolations } from '../../src/sim/contract/violations';

afterEach(() => {
  assertNoContractViolations();
});
