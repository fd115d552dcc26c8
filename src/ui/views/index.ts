// Tandem's card views: pure functions from view models to Card v1 JSON, and the routes their
// buttons call. The view models and form input names are the use cases' (src/app/cards).
export { eventCard } from './event-card';
export { docSidebarCard } from './doc-sidebar';
export { homepageCard, MAX_PAIRS_SHOWN } from './homepage';
export { settingsCard, MAX_ROLE_PAIRS } from './settings';
export { reviewNotesCard } from './review-notes';
export { errorCard } from './error-card';
export { MAX_ITEMS_SHOWN } from './parts';
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
