// The exclusion keywords setting: a form input parsed and validated, and the rule that a title
// containing one of them as a whole word takes a series out of Tandem (never in).

/** The most keywords the setting holds. */
export const MAX_EXCLUSION_KEYWORDS = 30;
/** The longest keyword, in characters. */
export const MAX_KEYWORD_LENGTH = 40;

export type KeywordsParseResult =
  | { readonly ok: true; readonly keywords: readonly string[] }
  | { readonly ok: false; readonly message: string };

/**
 * Reads the exclusion keywords typed in the settings form: separated by commas or line breaks,
 * each trimmed, blanks skipped, repeats (ignoring case) kept once in first-seen spelling. An
 * empty input is a valid empty list. Messages are plain sentences for the card (the card escapes
 * them); they quote at most the first characters of an offending keyword.
 *
 * @example
 * parseExclusionKeywords('interview, OOO\nhiring sync') //=> { ok: true, keywords: ['interview', 'OOO', 'hiring sync'] }
 * parseExclusionKeywords('a'.repeat(41)) //=> { ok: false, message: 'Each keyword can have at most 40 characters; "aaaaaaaaaaaaaaaaaaaa…" has 41.' }
 */
export function parseExclusionKeywords(input: string): KeywordsParseResult {
  const keywords: string[] = [];
  const seen = new Set<string>();
  for (const raw of input.split(/[,\r\n]+/)) {
    const keyword = raw.trim().replace(/\s+/g, ' ');
    if (keyword === '') continue;
    const length = [...keyword].length;
    if (length > MAX_KEYWORD_LENGTH) {
      return {
        ok: false,
        message: `Each keyword can have at most ${MAX_KEYWORD_LENGTH} characters; "${preview(keyword)}" has ${length}.`,
      };
    }
    if (!/[\p{L}\p{N}]/u.test(keyword)) {
      return { ok: false, message: `"${preview(keyword)}" has no letter or digit to match in a title.` };
    }
    const folded = keyword.toLowerCase();
    if (seen.has(folded)) continue;
    seen.add(folded);
    keywords.push(keyword);
  }
  if (keywords.length > MAX_EXCLUSION_KEYWORDS) {
    return {
      ok: false,
      message: `You can set at most ${MAX_EXCLUSION_KEYWORDS} keywords; this list has ${keywords.length}.`,
    };
  }
  return { ok: true, keywords };
}

/**
 * The first keyword found in the title as a whole word or phrase, ignoring case; `null` if none.
 * "Whole word" means the letters and digits around the match are not part of the keyword:
 * `interview` matches "Interview: Sam" and "pre-interview chat" but not "interviewer sync".
 *
 * @example
 * matchingKeyword('Bob / Alice — OOO handover', ['interview', 'ooo']) //=> 'ooo'
 * matchingKeyword('Interviewer training', ['interview']) //=> null
 */
export function matchingKeyword(title: string, keywords: readonly string[]): string | null {
  for (const keyword of keywords) {
    const phrase = keyword.trim();
    if (phrase === '') continue;
    const words = phrase.split(/\s+/).map(escapeRegExp).join('\\s+');
    if (new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, 'iu').test(title)) return keyword;
  }
  return null;
}

/** Escapes the characters that have a meaning in a `u`-flag pattern (where `\-` is itself an error). */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function preview(keyword: string): string {
  const characters = [...keyword];
  return characters.length > 20 ? `${characters.slice(0, 20).join('')}…` : keyword;
}
