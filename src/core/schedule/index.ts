// The schedule module: meeting dates and section headings, the next and last meetings, the
// trigger time, and the cadence of a pair. Import from here, not from the files behind it.
export {
  CADENCE_WINDOW_DAYS,
  MAX_DAYS_WITHOUT_MEETING,
  MIN_OCCURRENCES_FOR_CANCELLATION_WARNING,
  cadence,
} from './cadence';
export type { Cadence, CadenceWarning } from './cadence';
export { dateIn, instantOf, localDateOf, parseDateTime, parseIsoDate, startOfDayIn } from './eventTime';
export type { IsoDate } from './eventTime';
export { DAY_MS, HOUR_MS, daysBetween, meetingDate, sectionLabel } from './meetingDate';
export {
  endOfNextMeeting,
  lastHeld,
  lastPlannedEnded,
  meetingJustEnded,
  nextMeeting,
  nextPlanned,
  toOccurrences,
} from './occurrences';
export type { Occurrence, OccurrenceState, ScheduleOptions } from './occurrences';
