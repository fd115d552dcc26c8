// `npm start`: the playground — the real bundle (dist/Code.js) running against the emulator on a
// local world, served as a page that looks like Calendar and Docs with Tandem's panel beside them.
import { WorldFileError } from '../emulator/world';
import { OptionsError, PLAYGROUND_USAGE, parsePlaygroundArgs } from './options';
import { startPlayground } from './start';

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${PLAYGROUND_USAGE}\n`);
    return 0;
  }
  try {
    const options = parsePlaygroundArgs(argv, process.env);
    const running = await startPlayground(options);
    const bundle = running.playground.bundleStatus();
    const origin = running.from === 'sample' ? 'the sample world' : 'the saved world';
    process.stdout.write(`Tandem playground: ${running.url}\n`);
    process.stdout.write(
      `  world: ${options.worldFile} (started from ${origin}; saved after every change)\n`,
    );
    if (!bundle.loaded) process.stdout.write(`  warning: ${bundle.problem ?? 'no bundle'}\n`);
    const stop = () => {
      running.close().finally(() => process.exit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    return 0;
  } catch (e) {
    if (e instanceof OptionsError) {
      process.stderr.write(`playground: ${e.message}\n${PLAYGROUND_USAGE}\n`);
      return 2;
    }
    if (e instanceof WorldFileError) {
      process.stderr.write(`playground: ${e.message} (start again from the sample world with --reset)\n`);
      return 2;
    }
    const code = (e as NodeJS.ErrnoException)?.code;
    if (code === 'EADDRINUSE') {
      process.stderr.write(
        'playground: the port is in use: pass --port N (or PORT=N), or stop the other server\n',
      );
      return 1;
    }
    process.stderr.write(`playground: ${(e as Error)?.message ?? String(e)}\n`);
    return 1;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    if (code !== 0) process.exit(code);
  });
}
