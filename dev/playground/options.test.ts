// `npm start`'s options: defaults, flags over the PORT variable, and one-line refusals.
import { DEFAULT_PORT, DEFAULT_WORLD_FILE, OptionsError, parsePlaygroundArgs } from './options';

describe('when npm start is given options', () => {
  it('defaults to the ignored world file, the default port and loopback', () => {
    expect(parsePlaygroundArgs([], {})).toEqual({
      worldFile: DEFAULT_WORLD_FILE,
      reset: false,
      port: DEFAULT_PORT,
      host: '127.0.0.1',
    });
    expect(DEFAULT_WORLD_FILE).toBe('.tandem/playground-world.json');
  });

  it('takes --world, --reset and --port, in both spellings, and --port over PORT', () => {
    expect(
      parsePlaygroundArgs(['--world', 'w.json', '--reset', '--port=8080'], { PORT: '9000' }),
    ).toMatchObject({
      worldFile: 'w.json',
      reset: true,
      port: 8080,
    });
    expect(parsePlaygroundArgs([], { PORT: '9000' }).port).toBe(9000);
  });
});

describe('edge cases', () => {
  it('refuses a bad port, a missing value and an unknown option', () => {
    expect(() => parsePlaygroundArgs(['--port', '70000'], {})).toThrow(OptionsError);
    expect(() => parsePlaygroundArgs([], { PORT: 'http' })).toThrow('PORT must be a port number');
    expect(() => parsePlaygroundArgs(['--world'], {})).toThrow('--world needs a value');
    expect(() => parsePlaygroundArgs(['--wrold', 'x'], {})).toThrow('unknown option "--wrold"');
  });
});
