// The playground's world file: read at start (or the sample world when there is none or on
// --reset), written back atomically after every change so a restart continues where it stopped.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseWorld, serializeWorld, type World } from '../emulator/world';
import { sampleWorld } from '../sample-world';

export interface LoadedWorld {
  world: World;
  /** 'file': read from the file; 'sample': a fresh sample world (no file yet, or --reset). */
  from: 'file' | 'sample';
}

/** Reads the world file; a fresh sample world when asked to reset or when the file does not exist. */
export function loadWorld(path: string, reset: boolean): LoadedWorld {
  if (reset || !existsSync(path)) return { world: sampleWorld(), from: 'sample' };
  return { world: parseWorld(readFileSync(path, 'utf8'), path), from: 'file' };
}

/** Writes the world, creating its folder; a crash mid-write never leaves half a file. */
export function saveWorld(path: string, world: World): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, serializeWorld(world));
  renameSync(tmp, path);
}
