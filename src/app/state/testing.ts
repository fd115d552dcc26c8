// Test-only: user properties in memory, as the StatePort of a TandemState, counting the set calls
// so a test sees how many writes a save made.
import type { StatePort } from '../../ports';

export function memoryStore(
  initial: Record<string, string> = {},
): StatePort & { data: Record<string, string>; writes: number } {
  const data = { ...initial };
  const store = {
    data,
    writes: 0,
    get: (key: string) => data[key] ?? null,
    getAll: () => ({ ...data }),
    set: (values: Record<string, string>) => {
      store.writes++;
      Object.assign(data, values);
    },
    delete: (key: string) => {
      delete data[key];
    },
  };
  return store;
}
