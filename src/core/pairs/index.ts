// The pairs module: what counts as a 1:1 (design §2), the pair key, and the pair settings
// (exclusion keywords, the user's role). Import from here, not from the files behind it.
export { classifyEvent, seriesIdOf } from './classifyEvent';
export type { Classification, NotOneOnOneReason, OneOnOneSettings, SeriesOverride } from './classifyEvent';
export {
  MAX_EXCLUSION_KEYWORDS,
  MAX_KEYWORD_LENGTH,
  matchingKeyword,
  parseExclusionKeywords,
} from './exclusionKeywords';
export type { KeywordsParseResult } from './exclusionKeywords';
export { normaliseEmail, pairKey, pairMembers } from './pairKey';
export { isGroupAttendee, participants, userOrganises } from './people';
export type { Participant } from './people';
export { PAIR_ROLES, defaultRole, otherRole, parseRole, roleInPair } from './role';
export type { PairRole, RoleParseResult } from './role';
export { MAX_PROPERTY_BYTES, pairTag } from './pairTag';
export { seriesFingerprint } from './seriesFingerprint';
