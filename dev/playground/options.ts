// `npm start`'s command line: which world file, whether to start again from the sample world,
// and the port (flag, then the PORT environment variable, then the default).
import { join } from 'node:path';

export const DEFAULT_PORT = 5178;
/** Under `.tandem/`, which .gitignore keeps out of the repository. */
export const DEFAULT_WORLD_FILE = join('.tandem', 'playground-world.json');

export interface PlaygroundOptions {
  worldFile: string;
  reset: boolean;
  port: number;
  /** Address to listen on: the playground is a local tool, so loopback by default. */
  host: string;
}

export const PLAYGROUND_USAGE = `usage: npm start -- [--world FILE] [--reset] [--port N] [--host ADDRESS]
  --world FILE   the world to load and save after every change (default ${DEFAULT_WORLD_FILE})
  --reset        start again from the sample world (overwrites FILE)
  --port N       port to listen on (default: $PORT, else ${DEFAULT_PORT}; 0 picks a free port)
  --host ADDRESS address to listen on (default 127.0.0.1)`;

export class OptionsError extends Error {
  override readonly name = 'OptionsError';
}

function parsePort(text: string, from: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535)
    throw new OptionsError(`${from} must be a port number (0-65535), got "${text}"`);
  return port;
}

/**
 * Reads the playground's options.
 * @example parsePlaygroundArgs(['--reset', '--port', '8080'], {}) // { worldFile: '.tandem/playground-world.json', reset: true, port: 8080, host: '127.0.0.1' }
 */
export function parsePlaygroundArgs(
  argv: string[],
  env: Record<string, string | undefined>,
): PlaygroundOptions {
  const options: PlaygroundOptions = {
    worldFile: DEFAULT_WORLD_FILE,
    reset: false,
    port: env.PORT ? parsePort(env.PORT, 'PORT') : DEFAULT_PORT,
    host: '127.0.0.1',
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = (): string => {
      const next = inline ?? argv[++i];
      if (next === undefined || next === '') throw new OptionsError(`${flag} needs a value`);
      return next;
    };
    switch (flag) {
      case '--world':
        options.worldFile = value();
        break;
      case '--reset':
        options.reset = true;
        break;
      case '--port':
        options.port = parsePort(value(), '--port');
        break;
      case '--host':
        options.host = value();
        break;
      default:
        throw new OptionsError(`unknown option "${arg}"`);
    }
  }
  return options;
}
