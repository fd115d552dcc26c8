// The view models of Tandem's cards, owned by the use cases that fill them in (src/app/cards,
// src/app/review) and read by the card views (src/ui/views). Plain data, no wording.
import type { ItemRef, Person } from '../../core/agenda';
import type { NotOneOnOneReason, PairRole } from '../../core/pairs';
import type { Category, Question } from '../../core/questions';
import type { Cadence, CadenceWarning, IsoDate } from '../../core/schedule';
import type { Viewer } from '../format';
import type { ReviewPeriod, SETTINGS_INPUT } from './inputs';

export type { Person } from '../../core/agenda';
export type { Viewer } from '../format';

export interface DocLink {
  readonly id: string;
  /** https://docs.google.com/document/d/<id>/edit */
  readonly url: string;
}

/** An open action item as the doc says it. */
export interface OpenItem {
  /** The task alone (no marker, owner, due or from-suffix). */
  readonly task: string;
  /** The person of the pair who owns it, when the doc names one. */
  readonly owner: Person | null;
  readonly due: IsoDate | null;
  /** A written `(due …)` that is no date (`2026-13-45`): the card says so instead of dropping it. */
  readonly invalidDue?: string | null;
  /** The meeting it was first written in, when it was carried over. */
  readonly from: IsoDate | null;
  /** Where it is: the section's date and the item's identity. */
  readonly ref: ItemRef;
}

export type SuggestedQuestion = Pick<Question, 'id' | 'text' | 'category'>;

/** Why the last sync could not look after a pair, in kinds the card words plainly. */
export type PairProblem =
  /** The agenda doc was deleted or trashed. A new one is made only when the user asks. */
  | { readonly kind: 'docMissing' }
  /** The domain does not allow sharing the doc with the other person. */
  | { readonly kind: 'sharingBlocked' }
  /** Tandem may no longer open the doc (its access was removed). */
  | { readonly kind: 'noAccess' }
  /** A passing failure (Google busy, or no status given): the next sync tries again soon. */
  | { readonly kind: 'busy' }
  /** Anything else, in plain words (never raw API text with private data). */
  | { readonly kind: 'other'; readonly message: string };

// The event card (Calendar).
/** The 1:1 the open event belongs to. */
export interface EventPair {
  readonly pairKey: string;
  readonly seriesId: string;
  readonly other: Person;
  readonly userIsOrganizer: boolean;
}

export type EventCardModel =
  /** Tandem is not turned on for this user. */
  | { readonly state: 'off'; readonly viewer: Viewer }
  /** Not a 1:1: the classification's reason and detail sentence ("it has 3 people"). */
  | {
      readonly state: 'notOneOnOne';
      readonly viewer: Viewer;
      readonly eventTitle: string;
      readonly reason: NotOneOnOneReason;
      readonly detail: string;
      readonly seriesId: string | null;
    }
  /** A 1:1 without an agenda doc yet. */
  | {
      readonly state: 'noDoc';
      readonly viewer: Viewer;
      readonly pair: EventPair;
      readonly cadence: Cadence | null;
    }
  /** A 1:1 with its doc. `nextMeeting` is the next non-cancelled occurrence, if any. */
  | {
      readonly state: 'ready';
      readonly viewer: Viewer;
      readonly pair: EventPair;
      readonly doc: DocLink;
      readonly nextMeeting: IsoDate | null;
      /** When the next meeting starts (ms), for its day and time where the viewer is. */
      readonly nextStart?: number | null;
      readonly openItems: readonly OpenItem[];
      readonly cadence: Cadence | null;
      readonly questions: readonly SuggestedQuestion[];
    }
  /** The last sync could not look after this pair. */
  | {
      readonly state: 'error';
      readonly viewer: Viewer;
      readonly pair: EventPair;
      readonly doc: DocLink | null;
      readonly problem: PairProblem;
      /** When it happened (ms since the epoch), if known. */
      readonly at: number | null;
    };

// The Docs sidebar.
/** Questions the sidebar leads with: what fits the pair now, without scrolling past the rest. */
export const LEAD_QUESTIONS = 3;
/** Questions shown for a topic the person picks; the rotation brings others next time. */
export const MAX_QUESTIONS_PER_CATEGORY = 5;

/** The topic the person picked and its next questions. */
export interface QuestionGroup {
  readonly category: Category;
  readonly questions: readonly SuggestedQuestion[];
}

export type DocSidebarModel =
  /** The open doc is a pair's agenda. */
  | {
      readonly state: 'agenda';
      readonly viewer: Viewer;
      readonly docId: string;
      readonly pairKey: string;
      readonly other: Person;
      /**
       * The next meeting that has not ended: its section's date, its day and start where the
       * viewer is (null start: known by its section only), and whether its section is in the doc.
       */
      readonly nextMeeting: {
        readonly date: IsoDate;
        readonly day: IsoDate;
        readonly start: number | null;
        readonly prepared: boolean;
      } | null;
      /** Whether the viewer's Tandem maintains this doc: only then is "prepare now" offered. */
      readonly maintainedHere: boolean;
      readonly openItems: readonly OpenItem[];
      /** The few questions that fit the pair now (first 1:1s, check-in, overdue growth…). */
      readonly leadQuestions: readonly SuggestedQuestion[];
      /** Topics with questions left, in the order that fits the pair, for the picker. */
      readonly topics: readonly Category[];
      /** The topic the person picked, with its questions; null until they pick one. */
      readonly topic: QuestionGroup | null;
    }
  /** The doc is open to Tandem but is not one of its agendas. */
  | { readonly state: 'notAgenda' }
  /** The doc is the user's own private notes about a pair (design.md §8). */
  | { readonly state: 'privateNotes' }
  /** Tandem may not read the open doc until the user grants it (drive.file). */
  | { readonly state: 'needsFileAccess' };

// The homepage.
export interface HomepagePair {
  readonly pairKey: string;
  readonly other: Person;
  /** The user's side of the pair. */
  readonly role: PairRole;
  readonly lastMet: IsoDate | null;
  readonly nextMeeting: IsoDate | null;
  /** When the next meeting starts (ms), for its time on the viewer's clock; null when not known. */
  readonly nextStart?: number | null;
  /** Open action items in the doc; null when not known (the doc was not read). */
  readonly openItems: number | null;
  readonly warnings: readonly CadenceWarning[];
  /** The last sync's problem with this pair, if any. */
  readonly problem: PairProblem | null;
  /** Set when the series stopped being a 1:1: the classification's detail ("it has 3 people"). */
  readonly stoppedBecause: string | null;
  readonly doc: DocLink | null;
}

export interface SyncSummary {
  /** When it ran, ms since the epoch. */
  readonly at: number;
  /** Pairs whose sync failed. */
  readonly errors: number;
  /** It stopped early (time limit) and the next run carries on. */
  readonly partial: boolean;
  /**
   * Over an hour ago: the hourly checks since found nothing to do (they record nothing, to cost
   * nothing), so the card says they run.
   */
  readonly quietSince: boolean;
}

export interface HomepageModel {
  readonly viewer: Viewer;
  readonly enabled: boolean;
  readonly lastSync: SyncSummary | null;
  readonly pairs: readonly HomepagePair[];
  /** Why today's reminder e-mail did not go out (the quota ran out…); absent when nothing to say. */
  readonly reminderProblem?: string | null;
}

// The settings card.
export type SettingsField = keyof typeof SETTINGS_INPUT;

export interface SettingsModel {
  /** What the form shows: the saved settings, or what the user just typed. */
  readonly values: {
    /** One sub-heading per line. */
    readonly template: string;
    readonly notifyOnShare: boolean;
    /** Comma-separated. */
    readonly exclusionKeywords: string;
    /** One question per line. */
    readonly customQuestions: string;
    /** The reminder to prepare; off when absent. */
    readonly remindDayBefore?: boolean;
    /** Its hour, '0'…'23' (REMIND_HOUR_CHOICES); the default hour when absent. */
    readonly remindHour?: string;
  };
  readonly pairs: readonly { readonly pairKey: string; readonly other: Person; readonly role: PairRole }[];
  /** A plain message per field that did not validate. */
  readonly errors: Partial<Record<SettingsField, string>>;
}

// The review-notes card.
/** What stopped the notes from being made, worded by the card next to the field it is about. */
export type ReviewProblem =
  | { readonly kind: 'noPair' }
  | { readonly kind: 'missingDates' }
  | { readonly kind: 'endBeforeStart' }
  /** Longer than the longest period allowed. */
  | { readonly kind: 'tooLong'; readonly maxYears: number }
  | { readonly kind: 'inFuture' }
  /** A date before the earliest year a review may start (a typo such as 0001-01-01). */
  | { readonly kind: 'tooEarly'; readonly earliestYear: number }
  | { readonly kind: 'failed'; readonly message: string };

export type ReviewNotesModel =
  | {
      readonly state: 'form';
      readonly viewer: Viewer;
      readonly pairs: readonly { readonly pairKey: string; readonly other: Person }[];
      /** The choices shown: defaults, or what the user picked before a problem. */
      readonly values: {
        readonly period: ReviewPeriod;
        readonly pairKey: string | null;
        readonly start: IsoDate | null;
        readonly end: IsoDate | null;
      };
      readonly problem: ReviewProblem | null;
    }
  | {
      readonly state: 'done';
      readonly viewer: Viewer;
      readonly other: Person;
      readonly doc: DocLink;
      readonly start: IsoDate;
      readonly end: IsoDate;
      readonly counts: {
        readonly wins: number;
        readonly feedback: number;
        readonly growth: number;
        readonly completedItems: number;
      };
    };
