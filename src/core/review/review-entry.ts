// What a review gathers from a pair's agenda doc: per part (wins, feedback, growth, completed
// items), the dated lines with a link to their meeting. Shared by the gathering and the review doc.

export interface ReviewEntry {
  /** The meeting's date. */
  readonly date: string;
  readonly text: string;
  /** The meeting's heading in the agenda doc. */
  readonly link: string;
}

export interface ReviewGathering {
  readonly wins: readonly ReviewEntry[];
  readonly feedback: readonly ReviewEntry[];
  readonly growth: readonly ReviewEntry[];
  readonly completedItems: readonly ReviewEntry[];
}

export type ReviewPart = keyof ReviewGathering;
