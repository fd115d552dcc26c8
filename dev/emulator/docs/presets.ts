// The bullet presets of createParagraphBullets as the lists they create: nine nesting levels,
// glyphs cycling through the preset's three, each level indented 36 pt further.
import type { docs_v1 } from 'googleapis/build/src/apis/docs/v1';

interface Glyphs {
  symbols?: [string, string, string];
  types?: [string, string, string];
  format: (level: number) => string;
}

const plain = (level: number) => `%${level}`;
const dotted = (level: number) => `%${level}.`;
const parens = (level: number) => `%${level})`;
const nested = (level: number) => Array.from({ length: level + 1 }, (_, k) => `%${k}.`).join('');

const PRESETS: Record<string, Glyphs> = {
  BULLET_DISC_CIRCLE_SQUARE: { symbols: ['●', '○', '■'], format: plain },
  BULLET_DIAMONDX_ARROW3D_SQUARE: { symbols: ['❖', '➢', '■'], format: plain },
  // Checkbox levels carry no glyph symbol; their checked state is not exposed by the API.
  BULLET_CHECKBOX: {
    types: ['GLYPH_TYPE_UNSPECIFIED', 'GLYPH_TYPE_UNSPECIFIED', 'GLYPH_TYPE_UNSPECIFIED'],
    format: plain,
  },
  BULLET_ARROW_DIAMOND_DISC: { symbols: ['➔', '◆', '●'], format: plain },
  BULLET_STAR_CIRCLE_SQUARE: { symbols: ['★', '○', '■'], format: plain },
  BULLET_ARROW3D_CIRCLE_SQUARE: { symbols: ['➢', '○', '■'], format: plain },
  BULLET_LEFTTRIANGLE_DIAMOND_DISC: { symbols: ['◀', '◆', '●'], format: plain },
  BULLET_DIAMONDX_HOLLOWDIAMOND_SQUARE: { symbols: ['❖', '◇', '■'], format: plain },
  BULLET_DIAMOND_CIRCLE_SQUARE: { symbols: ['◆', '○', '■'], format: plain },
  NUMBERED_DECIMAL_ALPHA_ROMAN: { types: ['DECIMAL', 'ALPHA', 'ROMAN'], format: dotted },
  NUMBERED_DECIMAL_ALPHA_ROMAN_PARENS: { types: ['DECIMAL', 'ALPHA', 'ROMAN'], format: parens },
  NUMBERED_DECIMAL_NESTED: { types: ['DECIMAL', 'DECIMAL', 'DECIMAL'], format: nested },
  NUMBERED_UPPERALPHA_ALPHA_ROMAN: { types: ['UPPER_ALPHA', 'ALPHA', 'ROMAN'], format: dotted },
  NUMBERED_UPPERROMAN_UPPERALPHA_DECIMAL: {
    types: ['UPPER_ROMAN', 'UPPER_ALPHA', 'DECIMAL'],
    format: dotted,
  },
  NUMBERED_ZERODECIMAL_ALPHA_ROMAN: { types: ['ZERO_DECIMAL', 'ALPHA', 'ROMAN'], format: dotted },
};

/** "A list has at most 9 levels of nesting" (ListProperties.nestingLevels). */
export const MAX_NESTING_LEVEL = 8;

export function isBulletPreset(preset: string): boolean {
  return preset in PRESETS;
}

/** First-line and start indent of a nesting level, as Google lays lists out (18/36 pt, +36 per level). */
export function levelIndent(level: number): {
  indentFirstLine: docs_v1.Schema$Dimension;
  indentStart: docs_v1.Schema$Dimension;
} {
  return {
    indentFirstLine: { magnitude: 18 + 36 * level, unit: 'PT' },
    indentStart: { magnitude: 36 + 36 * level, unit: 'PT' },
  };
}

/**
 * The list a preset creates.
 * @example listForPreset('BULLET_DISC_CIRCLE_SQUARE').listProperties.nestingLevels[1].glyphSymbol // '○'
 */
export function listForPreset(preset: string): docs_v1.Schema$List {
  const glyphs = PRESETS[preset];
  if (!glyphs) throw new Error(`unknown bullet preset ${preset}`);
  const nestingLevels = Array.from(
    { length: MAX_NESTING_LEVEL + 1 },
    (_, level): docs_v1.Schema$NestingLevel => ({
      bulletAlignment: 'START',
      ...(glyphs.symbols
        ? { glyphSymbol: glyphs.symbols[level % 3] }
        : { glyphType: glyphs.types?.[level % 3] }),
      glyphFormat: glyphs.format(level),
      ...levelIndent(level),
      textStyle: { underline: false },
      startNumber: 1,
    }),
  );
  return { listProperties: { nestingLevels } };
}

/** The preset a list was made from, recognised by its first three levels' glyphs. */
export function presetOfList(list: docs_v1.Schema$List | undefined): string | undefined {
  const levels = list?.listProperties?.nestingLevels ?? [];
  const signature = (l: docs_v1.Schema$NestingLevel | undefined) =>
    `${l?.glyphSymbol ?? ''}|${l?.glyphType ?? ''}|${l?.glyphFormat ?? ''}`;
  return Object.keys(PRESETS).find((preset) => {
    const made = listForPreset(preset).listProperties?.nestingLevels ?? [];
    return [0, 1, 2].every((k) => signature(levels[k]) === signature(made[k]));
  });
}
