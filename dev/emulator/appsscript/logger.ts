// Logger and console: format their arguments as Apps Script does (%s, %d… substitution) and send
// each line to the execution's log (ctx.log).
import type { ExecutionContext } from '../context';

function show(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Error || Object.prototype.toString.call(value) === '[object Error]') {
    const error = value as Error;
    return `${error.name}: ${error.message}`;
  }
  if (value !== null && typeof value === 'object') {
    try {
      return JSON.stringify(value);
    } catch {
      return String(value);
    }
  }
  return String(value);
}

/**
 * Substitutes %s, %d, %i, %f, %o, %O, %j and %% in a string first argument; other arguments are
 * appended, space-separated, as console.log does.
 * @example formatLogLine(['Synced %s pairs in %d ms', 3, 120.4]) // 'Synced 3 pairs in 120 ms'
 */
export function formatLogLine(args: unknown[]): string {
  if (args.length === 0) return '';
  const [first, ...rest] = args;
  if (typeof first !== 'string') return args.map(show).join(' ');
  let next = 0;
  const line = first.replace(/%([sdifoOj%])/g, (token, kind: string) => {
    if (kind === '%') return '%';
    if (next >= rest.length) return token;
    const value = rest[next++];
    if (kind === 'd' || kind === 'i') return String(Math.trunc(Number(value)));
    if (kind === 'f') return String(Number(value));
    return show(value);
  });
  return [line, ...rest.slice(next).map(show)].join(' ');
}

export interface EmulatedLogger {
  log(...args: unknown[]): EmulatedLogger;
  getLog(): string;
  clear(): void;
}

/** Logger.log lines show as "Info" in the Apps Script execution log. */
export function createLogger(ctx: ExecutionContext): EmulatedLogger {
  let lines: string[] = [];
  const logger: EmulatedLogger = {
    log: (...args) => {
      const line = formatLogLine(args);
      lines.push(line);
      ctx.log('info', line);
      return logger;
    },
    getLog: () => lines.map((l) => `${l}\n`).join(''),
    clear: () => {
      lines = [];
    },
  };
  return logger;
}

export interface EmulatedConsole {
  log(...args: unknown[]): void;
  info(...args: unknown[]): void;
  warn(...args: unknown[]): void;
  error(...args: unknown[]): void;
  time(label?: string): void;
  timeEnd(label?: string): void;
}

export function createConsole(ctx: ExecutionContext): EmulatedConsole {
  const timers = new Map<string, number>();
  return {
    log: (...args) => ctx.log('log', formatLogLine(args)),
    info: (...args) => ctx.log('info', formatLogLine(args)),
    warn: (...args) => ctx.log('warn', formatLogLine(args)),
    error: (...args) => ctx.log('error', formatLogLine(args)),
    time: (label = 'default') => {
      timers.set(label, ctx.now());
    },
    timeEnd: (label = 'default') => {
      const started = timers.get(label);
      if (started === undefined) return;
      timers.delete(label);
      ctx.log('log', `${label}: ${ctx.now() - started}ms`);
    },
  };
}
