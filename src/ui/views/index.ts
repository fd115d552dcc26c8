// Tandem's card views: pure functions from view models to Card v1 JSON, the routes their buttons
// call and the names of their form inputs. The only entry point other parts import from.
export { eventCard } from './event-card';
export type { EventCardModel, EventPair } from './event-card';
export { docSidebarCard, LEAD_QUESTIONS, MAX_QUESTIONS_PER_CATEGORY } from './doc-sidebar';
export type { DocSidebarModel, QuestionGroup } from './doc-sidebar';
export { homepageCard, MAX_PAIRS_SHOWN } from './homepage';
export type { HomepageModel, HomepagePair, SyncSummary } from './homepage';
export { settingsCard, MAX_ROLE_PAIRS } from './settings';
export type { SettingsField, SettingsModel } from './settings';
export { reviewNotesCard } from './review-notes';
export type { ReviewNotesModel, ReviewProblem } from './review-notes';
export { errorCard } from './error-card';
export { MAX_ITEMS_SHOWN } from './parts';
export { whenMeeting } from './format';
export type { DocLink, OpenItem, PairProblem, Person, SuggestedQuestion, Viewer } from './model';
export {
  ROUTE_NAMES,
  decodeItemRef,
  encodeItemRef,
  isRouteName,
  readRouteParams,
  routeAction,
  routeButton,
} from './routes';
export type { RouteName, RouteParams } from './routes';
export {
  NO_TOPIC,
  REVIEW_INPUT,
  REVIEW_PERIODS,
  REVIEW_PERIOD_LABELS,
  ROLE_CHOICES,
  SETTINGS_INPUT,
  SIDEBAR_INPUT,
  SWITCH_ON,
  isReviewPeriod,
  pairKeyOfRoleInput,
  roleInputName,
  DEFAULT_REMIND_HOUR,
  REMIND_HOUR_CHOICES,
} from './inputs';
export type { ReviewPeriod } from './inputs';
