// Validation shared by the requests that take a Range or a Location: body segment only, integer
// indices, non-empty, within the body.
import type { docs_v1 } from 'googleapis/build/src/apis/docs/v1';
import { indexPastEnd, invalid } from '../errors';
import { bodyEnd, type DocState } from '../model';

export interface BodyRange {
  start: number;
  end: number;
}

export function requireBodySegment(segmentId: string | null | undefined): void {
  if (segmentId)
    invalid(`Segment ${segmentId} was not found (headers, footers and footnotes are not modelled).`);
}

export function requireIndex(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) invalid(`${what} must be an integer.`);
  if (value < 0) invalid(`Index ${value} must be greater than or equal to 0.`);
  return value;
}

/**
 * A non-empty range of the body, its end at most the body's end index.
 * @example requireRange(state, { startIndex: 1, endIndex: 5 }) // { start: 1, end: 5 }
 */
export function requireRange(state: DocState, range: docs_v1.Schema$Range | undefined): BodyRange {
  if (!range) invalid('The range must be specified.');
  requireBodySegment(range.segmentId);
  const start = requireIndex(range.startIndex, 'The start index');
  const end = requireIndex(range.endIndex, 'The end index');
  if (start === end) invalid('The range should not be empty.');
  if (start > end) invalid(`The start index ${start} must be less than the end index ${end}.`);
  const limit = bodyEnd(state);
  if (end > limit) invalid(indexPastEnd(end, limit));
  return { start, end };
}
