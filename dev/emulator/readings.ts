// Readings of what Google leaves undocumented. The emulator models the strictest by default
// (design.md §1); a world, a test or `TANDEM_READINGS` picks another, and Tandem works under each.

/** The message of Docs' 400 for a stale requiredRevisionId: Google does not document it. */
export type StaleRevisionWording = 'plain' | 'namesRevision' | 'generic';

export interface Readings {
  /**
   * Whether the GoogleJsonResponseException an advanced service throws carries `details` (the
   * REST error body, with its HTTP code). Apps Script documents no `details`: strict is false,
   * and Tandem then knows only that the call failed.
   */
  errorDetails: boolean;
  /** The Docs API's status for a document the user has not granted Tandem under drive.file. */
  ungrantedDoc: 404 | 403;
  /** Which wording Docs' 400 for a stale requiredRevisionId uses (see STALE_REVISION_MESSAGES). */
  staleRevision: StaleRevisionWording;
  /**
   * Whether a calendar write made by a script or an API request (any Tandem's patch) fires the
   * calendar triggers of the calendars it touches. Google: "Script executions and API requests do
   * not cause triggers to run" (https://developers.google.com/apps-script/guides/triggers/installable):
   * strict is false, only a person's change fires them.
   */
  calendarTriggersOnApiWrites: boolean;
}

/** The wordings the tests run; none is Google's documented one, because there is none. */
export const STALE_REVISION_MESSAGES: Record<StaleRevisionWording, string> = {
  plain: 'The document was changed after the version this request was based on.',
  namesRevision: 'Invalid requiredRevisionId: the document has been modified since that revision.',
  generic: 'Request contains an invalid argument.',
};

/**
 * The named variants: `strict` (the default) assumes the least of Google; `lenient` is how the
 * emulator read Google before (details present, 403, a message naming the revision); `detailed`
 * gives details but keeps the strict 404 and a wording that says nothing useful.
 */
export const READINGS = {
  strict: {
    errorDetails: false,
    ungrantedDoc: 404,
    staleRevision: 'plain',
    calendarTriggersOnApiWrites: false,
  },
  lenient: {
    errorDetails: true,
    ungrantedDoc: 403,
    staleRevision: 'namesRevision',
    calendarTriggersOnApiWrites: true,
  },
  detailed: {
    errorDetails: true,
    ungrantedDoc: 404,
    staleRevision: 'generic',
    calendarTriggersOnApiWrites: false,
  },
} as const satisfies Record<string, Readings>;

export type ReadingsName = keyof typeof READINGS;
export const READINGS_NAMES = Object.keys(READINGS) as ReadingsName[];

/** A named variant, or the strict readings with some of them replaced. */
export type ReadingsOption = ReadingsName | Partial<Readings>;

export function isReadingsName(value: unknown): value is ReadingsName {
  return typeof value === 'string' && (READINGS_NAMES as string[]).includes(value);
}

/**
 * The full readings for an option; no option is the strict default.
 * @example resolveReadings('lenient').ungrantedDoc // 403
 * @example resolveReadings({ errorDetails: true }) // { errorDetails: true, ungrantedDoc: 404, staleRevision: 'plain' }
 */
export function resolveReadings(option?: ReadingsOption): Readings {
  if (option === undefined) return { ...READINGS.strict };
  if (typeof option === 'string') {
    if (!isReadingsName(option))
      throw new Error(`unknown readings "${String(option)}" (known: ${READINGS_NAMES.join(', ')})`);
    return { ...READINGS[option] };
  }
  return { ...READINGS.strict, ...option };
}

/**
 * The readings a test run asks for in `TANDEM_READINGS` (a variant name), or undefined.
 * @example readingsFromEnv({ TANDEM_READINGS: 'lenient' }) // 'lenient'
 */
export function readingsFromEnv(env: Record<string, string | undefined>): ReadingsName | undefined {
  const name = env.TANDEM_READINGS?.trim();
  if (!name) return undefined;
  if (!isReadingsName(name))
    throw new Error(
      `TANDEM_READINGS=${name} is not a readings variant (known: ${READINGS_NAMES.join(', ')})`,
    );
  return name;
}
