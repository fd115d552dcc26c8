// The playground's one in-process Workspace and bundle runner, the world file it saves to after
// every change, and where its files live (built: build/playground.js; from source: dev/playground).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BundleRunner } from '../emulator/runtime';
import { Workspace } from '../emulator/workspace';
import type { World } from '../emulator/world';
import { sampleWorld } from '../sample-world';
import { saveWorld } from './world-file';

/** The first existing path among candidates relative to this file (built or from source) and the cwd. */
function firstExisting(candidates: string[]): string | null {
  return candidates.find((p) => existsSync(p)) ?? null;
}

/** dist/Code.js: next to build/ when built, two folders up from dev/playground from source. */
export function bundlePath(): string | null {
  return firstExisting([
    join(__dirname, '..', 'dist', 'Code.js'),
    join(__dirname, '..', '..', 'dist', 'Code.js'),
    join(process.cwd(), 'dist', 'Code.js'),
  ]);
}

/** The page's static files (dev/playground/public). */
export function publicDir(): string {
  const found = firstExisting([
    join(__dirname, 'public', 'index.html'),
    join(__dirname, '..', 'dev', 'playground', 'public', 'index.html'),
    join(process.cwd(), 'dev', 'playground', 'public', 'index.html'),
  ]);
  if (!found) throw new Error('cannot find dev/playground/public/index.html: run from the repository');
  return join(found, '..');
}

export interface BundleStatus {
  loaded: boolean;
  path: string | null;
  /** Why there is no runner (no dist/Code.js, or it does not compile). */
  problem?: string;
}

export class Playground {
  ws: Workspace;
  private runnerCache: { runner: BundleRunner; mtimeMs: number; path: string } | null = null;
  private bundleProblem: string | undefined;

  constructor(
    readonly worldFile: string,
    world: World,
  ) {
    this.ws = Workspace.fromWorld(world);
  }

  /** The runner for the current dist/Code.js, reloaded when a rebuild changed the file; null without one. */
  runner(): BundleRunner | null {
    const path = bundlePath();
    if (!path) {
      this.runnerCache = null;
      this.bundleProblem = 'dist/Code.js is missing: run `npm run build` first';
      return null;
    }
    const mtimeMs = statSync(path).mtimeMs;
    if (this.runnerCache?.path === path && this.runnerCache.mtimeMs === mtimeMs)
      return this.runnerCache.runner;
    try {
      const manifest = join(path, '..', 'appsscript.json');
      const timeZone = existsSync(manifest)
        ? (JSON.parse(readFileSync(manifest, 'utf8')) as { timeZone?: string }).timeZone
        : undefined;
      this.runnerCache = {
        runner: new BundleRunner(readFileSync(path, 'utf8'), timeZone ?? 'Etc/UTC'),
        mtimeMs,
        path,
      };
      this.bundleProblem = undefined;
      return this.runnerCache.runner;
    } catch (e) {
      this.runnerCache = null;
      this.bundleProblem = `dist/Code.js does not load: ${(e as Error).message}`;
      return null;
    }
  }

  bundleStatus(): BundleStatus {
    const runner = this.runner();
    return {
      loaded: runner !== null,
      path: bundlePath(),
      ...(this.bundleProblem ? { problem: this.bundleProblem } : {}),
    };
  }

  /** Writes the world file; called after every request that may have changed something. */
  save(): void {
    saveWorld(this.worldFile, this.ws.toWorld());
  }

  /** Starts again from the sample world. */
  reset(): void {
    this.ws = Workspace.fromWorld(sampleWorld());
    this.save();
  }

  /** Tandem's API calls since the world was created (a person's own calls are not counted). */
  apiCalls(): { total: number; byMethod: Record<string, number> } {
    const byMethod = { ...this.ws.ledger.total };
    return { total: Object.values(byMethod).reduce((a, b) => a + b, 0), byMethod };
  }
}
