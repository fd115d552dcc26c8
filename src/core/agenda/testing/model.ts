// Test helper: what the planner tests share — how a plan is applied (by the caller's document
// model, e.g. the emulator's) and how the result is read back as lines.

import type { docs_v1 } from 'googleapis/build/src/apis/docs/v1';
import { buildDoc } from './build-doc';
import { renderDoc } from './render-doc';

export type Document = docs_v1.Schema$Document;
export type Request = docs_v1.Schema$Request;

/** Applies requests to a document as Google would, returning the new documents.get JSON. */
export type ApplyRequests = (document: Document, requests: Request[]) => Document;

/**
 * Builds a doc from lines, plans on it, applies the plan, and renders the result as lines.
 *
 * @example
 * afterPlan(apply, ['# 2026-11-17'], (doc) => planNextSection(doc, meeting, template, people))
 * // ['# 2026-11-24 · Tuesday', '## Check-in', …, '# 2026-11-17']
 */
export function afterPlan(
  apply: ApplyRequests,
  lines: readonly string[],
  plan: (document: Document) => Request[],
): string[] {
  const document = apply(buildDoc(lines), []);
  return renderDoc(apply(document, plan(document)));
}
