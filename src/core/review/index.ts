// The review core: what a review gathers and the requests that write the review-notes doc.
// Pure: Docs JSON in, requests out. Import from here, not from the files behind it.
export type { ReviewEntry, ReviewGathering, ReviewPart } from './review-entry';
export {
  NOTHING_LINE,
  PRIVATE_MARK,
  PRIVATE_NOTES_TITLE,
  REVIEW_PART_TITLES,
  planReviewDoc,
} from './plan-review-doc';
export type { ReviewDocText } from './plan-review-doc';
