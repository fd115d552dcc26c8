// The bundle check (dev/build/check-bundle.ts) against the real dist/Code.js and against bundles
// that Apps Script would reject. `npm test` builds before running jest.
import { existsSync, readFileSync } from 'node:fs';
import { bareGlobals } from '../dev/build/check-bundle-cli';
import { checkBundle, manifestFunctions } from '../dev/build/check-bundle';

const manifest = JSON.parse(readFileSync('appsscript.json', 'utf8')) as unknown;
const good = `var __tandem = (() => { return { onHomepage: function () { return 1; } }; })();
function onHomepage() { return __tandem.onHomepage.apply(this, arguments); }
function onCalendarEventOpen() {}
function onDocsHomepage() {}
function onDocsFileScopeGranted() {}`;

function problemsOf(code: string, m: unknown = manifest): string[] {
  return checkBundle({ code, manifest: m, globals: bareGlobals() });
}

describe('the bundle check', () => {
  it('passes the bundle that npm run build wrote', () => {
    expect(existsSync('dist/Code.js')).toBe(true);
    const code = readFileSync('dist/Code.js', 'utf8');
    expect(problemsOf(code, JSON.parse(readFileSync('dist/appsscript.json', 'utf8')))).toEqual([]);
  });

  it('passes a minimal well-formed bundle', () => {
    expect(problemsOf(good)).toEqual([]);
  });

  it('finds every runFunction of the manifest, however deep', () => {
    expect(manifestFunctions(manifest).sort()).toEqual(
      ['onCalendarEventOpen', 'onDocsFileScopeGranted', 'onDocsHomepage', 'onHomepage'].sort(),
    );
  });

  describe('fails when', () => {
    it('a manifest function is missing from the top level', () => {
      const code = good.replace('function onDocsHomepage() {}', '');
      expect(problemsOf(code)).toContain(
        'manifest function "onDocsHomepage" is not a top-level function of Code.js',
      );
    });

    it('a trigger handler named in newTrigger() does not exist', () => {
      const code = `${good}\nfunction arm() { ScriptApp.newTrigger('onTick').timeBased().after(1000).create(); }`;
      expect(problemsOf(code)).toContain(
        'trigger/action handler "onTick" is not a top-level function of Code.js',
      );
    });

    it('an action names a function that does not exist', () => {
      const code = `${good}\nfunction b() { return CardService.newAction().setFunctionName('dispatchAction'); }`;
      expect(problemsOf(code)).toContain(
        'trigger/action handler "dispatchAction" is not a top-level function of Code.js',
      );
    });

    it('a handler name is computed, so nobody can check it', () => {
      const code = `${good}\nfunction arm(n) { ScriptApp.newTrigger(n).timeBased().after(1).create(); }`;
      expect(problemsOf(code).join('\n')).toMatch(/newTrigger\(\) must be called with a string literal/);
    });

    it.each([
      ['an import statement', `import x from 'y';\n`, /import statement/],
      ['an export statement', `export const a = 1;\n`, /export/],
      ['require(', `var fs = require('fs');\n`, /require\(/],
      ['a #private field', `class A { #secret = 1; get() { return this.#secret; } }\n`, /#private field/],
      ['a static class field', `class B { static count = 0; }\n`, /static class field/],
    ])('it contains %s', (_name, prefix, message) => {
      expect(problemsOf(prefix + good).join('\n')).toMatch(message);
    });

    it('it throws at load because it reaches for a Node global', () => {
      const code = `${good}\nvar started = process.hrtime();`;
      expect(problemsOf(code).join('\n')).toMatch(/throws at load.*process is not defined/);
    });

    it('it reaches for a browser global Apps Script does not have', () => {
      const code = `${good}\nvar t = setTimeout(function () {}, 1);`;
      expect(problemsOf(code).join('\n')).toMatch(/setTimeout is not defined/);
    });
  });
});
