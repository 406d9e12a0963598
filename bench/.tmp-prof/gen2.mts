import { generate } from './gen';
import { rmSync } from 'node:fs';
rmSync('/tmp/gx/benchrepo', { recursive: true, force: true });
generate('/tmp/gx/benchrepo');
