// Custom file properties: appProperties (private to the app) and properties (public). Updates
// merge key by key and a null value removes the key; Drive's documented size limits apply.
import type { WorldFile } from '../world';

type PropertyMap = Record<string, string | null> | null | undefined;

/** "Maximum of 124 bytes per property string (including both key and value) in UTF-8 encoding." */
export const MAX_PROPERTY_BYTES = 124;
/** "Maximum of 30 private properties per file from any one application." */
export const MAX_APP_PROPERTIES = 30;
/** "Maximum of 100 custom properties per file, totaled from all sources." */
export const MAX_PROPERTIES = 100;

/**
 * Merges property updates into a file; "Entries with null values are cleared".
 * @example mergeProperties(file, { appProperties: { tandemPair: null } }) // removes tandemPair
 */
export function mergeProperties(
  file: WorldFile,
  updates: { appProperties?: PropertyMap; properties?: PropertyMap },
): void {
  for (const field of ['appProperties', 'properties'] as const) {
    const update = updates[field];
    if (!update) continue;
    const merged: Record<string, string> = { ...(file[field] ?? {}) };
    for (const [key, value] of Object.entries(update)) {
      if (value === null || value === undefined) delete merged[key];
      else merged[key] = String(value);
    }
    if (Object.keys(merged).length > 0) file[field] = merged;
    else delete file[field];
  }
}

/** The first documented limit the file's properties break, as a message, or null. */
export function checkPropertyLimits(file: WorldFile): string | null {
  const app = Object.entries(file.appProperties ?? {});
  const shared = Object.entries(file.properties ?? {});
  for (const [key, value] of [...app, ...shared]) {
    const bytes = Buffer.byteLength(key + value, 'utf8');
    if (bytes > MAX_PROPERTY_BYTES) {
      return `The property ${key} is ${bytes} bytes long; a property's key and value may take at most ${MAX_PROPERTY_BYTES} bytes.`;
    }
  }
  if (app.length > MAX_APP_PROPERTIES)
    return `A file may have at most ${MAX_APP_PROPERTIES} private properties per app.`;
  if (app.length + shared.length > MAX_PROPERTIES)
    return `A file may have at most ${MAX_PROPERTIES} properties.`;
  return null;
}
