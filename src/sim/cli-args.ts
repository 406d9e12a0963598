import type { SimOptions } from './server';

/** Parses the CLI flags; throws on anything unknown. */
export function parseSimArgs(argv: readonly string[]): SimOptions {
  const opts: SimOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.includes('=') ? (arg.split(/=(.*)/s, 2) as [string, string]) : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--port': {
        const port = Number(value());
        if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error('--port must be 0..65535');
        opts.port = port;
        break;
      }
      case '--host':
        opts.host = value();
        break;
      case '--seed': {
        const seed = value();
        if (seed !== 'empty' && seed !== 'demo') throw new Error("--seed must be 'empty' or 'demo'");
        opts.seed = seed;
        break;
      }
      case '--app-host':
        opts.appHost = value();
        break;
      default:
        throw new Error(`Unknown argument: ${arg}`);
    }
  }
  return opts;
}
