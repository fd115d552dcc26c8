// createNamedRange and deleteNamedRange. Names need not be unique; ids are.
import type { docs_v1 } from 'googleapis/build/src/apis/docs/v1';
import { invalid } from '../errors';
import { freshId, type DocState } from '../model';
import { requireRange } from './range';

/** "Names must be at least 1 character and no more than 256 characters, measured in UTF-16 code units." */
const MAX_NAME_LENGTH = 256;

export function applyCreateNamedRange(
  state: DocState,
  request: docs_v1.Schema$CreateNamedRangeRequest,
): docs_v1.Schema$Response {
  const name = request.name ?? '';
  if (name.length < 1 || name.length > MAX_NAME_LENGTH) {
    invalid(`The name must be between 1 and ${MAX_NAME_LENGTH} characters long.`);
  }
  const { start, end } = requireRange(state, request.range);
  const id = freshId(
    'kix.',
    state.namedRanges.map((r) => r.id),
  );
  state.namedRanges.push({ id, name, ranges: [{ start, end }] });
  return { createNamedRange: { namedRangeId: id } };
}

export function applyDeleteNamedRange(
  state: DocState,
  request: docs_v1.Schema$DeleteNamedRangeRequest,
): docs_v1.Schema$Response {
  const { namedRangeId, name } = request;
  if (!namedRangeId && !name) invalid('ID or name for named range must be set');
  if (namedRangeId && name) invalid('Only one of namedRangeId and name may be set.');
  if (namedRangeId) {
    if (!state.namedRanges.some((r) => r.id === namedRangeId)) {
      invalid(`The named range with ID ${namedRangeId} does not exist.`);
    }
    state.namedRanges = state.namedRanges.filter((r) => r.id !== namedRangeId);
  } else {
    state.namedRanges = state.namedRanges.filter((r) => r.name !== name);
  }
  return {};
}
