// createParagraphBullets and deleteParagraphBullets. Creating reads each paragraph's leading tabs
// as its nesting level and removes them (shifting later indices), joining the list just above
// when it was made with the same preset.
import type { docs_v1 } from 'googleapis/build/src/apis/docs/v1';
import { deleteRange } from '../edit';
import { invalid } from '../errors';
import { clone, freshId, paragraphText, paragraphsOverlapping, type DocState } from '../model';
import { MAX_NESTING_LEVEL, isBulletPreset, levelIndent, listForPreset, presetOfList } from '../presets';
import { requireRange } from './range';

export function applyCreateParagraphBullets(
  state: DocState,
  request: docs_v1.Schema$CreateParagraphBulletsRequest,
): docs_v1.Schema$Response {
  const { start, end } = requireRange(state, request.range);
  const preset = request.bulletPreset ?? '';
  if (!isBulletPreset(preset)) invalid(`Invalid value at 'bullet_preset': "${preset}"`);
  const targets = paragraphsOverlapping(state, start, end);
  const first = targets[0];
  if (!first) return {};
  const above = state.blocks[first.index - 1];
  const joinable =
    above?.kind === 'paragraph' &&
    above.bullet?.listId &&
    presetOfList(state.lists[above.bullet.listId]) === preset
      ? above.bullet.listId
      : undefined;
  const listId = joinable ?? freshId('kix.', Object.keys(state.lists));
  state.lists[listId] ??= listForPreset(preset);
  // Last paragraph first, so removing one paragraph's tabs leaves the earlier ones' indices intact.
  for (const { paragraph, start: from } of [...targets].reverse()) {
    const tabs = /^\t*/.exec(paragraphText(paragraph))?.[0].length ?? 0;
    if (tabs > 0) deleteRange(state, from, from + tabs);
    const nestingLevel = Math.min(tabs, MAX_NESTING_LEVEL);
    paragraph.bullet = { listId, nestingLevel, textStyle: {} };
    Object.assign(paragraph.style, levelIndent(nestingLevel));
  }
  return {};
}

export function applyDeleteParagraphBullets(
  state: DocState,
  request: docs_v1.Schema$DeleteParagraphBulletsRequest,
): docs_v1.Schema$Response {
  const { start, end } = requireRange(state, request.range);
  for (const { paragraph } of paragraphsOverlapping(state, start, end)) {
    const bullet = paragraph.bullet;
    if (!bullet) continue;
    // "The nesting level of each paragraph will be visually preserved by adding indent to the
    // start of the corresponding paragraph."
    const level = state.lists[bullet.listId ?? '']?.listProperties?.nestingLevels?.[bullet.nestingLevel ?? 0];
    const indent = level?.indentStart ?? levelIndent(bullet.nestingLevel ?? 0).indentStart;
    paragraph.style.indentStart = clone(indent);
    paragraph.style.indentFirstLine = clone(indent);
    delete paragraph.bullet;
  }
  return {};
}
