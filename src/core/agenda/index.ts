// The agenda doc core: reads a pair's agenda doc (Docs API v1 JSON) and plans the batchUpdate
// requests that prepare, merge, tick and move meeting sections. Pure: no clock, no I/O.

export { parseActionItem, itemIdentity, carriedLine, OPEN_MARKER, DONE_MARKER } from './action-item';
export type { ActionItem } from './action-item';
export { isIsoDate, leadingIsoDate } from './dates';
export { DOC_MIME_TYPE, docUrl } from './google-doc';
export { firstName, peopleNamed } from './people';
export type { Person } from './people';
export { parseAgenda, CURRENT_FOCUS } from './parse';
export type { Agenda, AgendaBlock, MeetingSection, SectionItem, SectionPart } from './parse';
export type { AgendaParagraph, AgendaElement } from './paragraph';
export { itemsToCarry, latestSectionsBefore, isDoneSince } from './carry-over';
export {
  DEFAULT_TEMPLATE,
  MAX_TEMPLATE_HEADINGS,
  MAX_HEADING_LENGTH,
  checkTemplate,
  actionItemsHeading,
} from './template';
export type { Template, TemplateCheck } from './template';
export { planNewAgenda, agendaTitle, agendaIntro, namesInTitle } from './plan-new-agenda';
export type { NewAgenda } from './plan-new-agenda';
export { planNextSection } from './plan-next-section';
export type { Meeting } from './plan-next-section';
export { planMerge } from './plan-merge';
export { planMarkDone } from './plan-mark-done';
export type { ItemRef } from './plan-mark-done';
export { planMoveSection } from './plan-move-section';
export type { MovePlan } from './plan-move-section';
export { isUntouched, touchedBecause } from './untouched';
export {
  meetingTimesOf,
  forgetMeetingTimes,
  recordMeetingTimes,
  MEETING_RANGE_PREFIX,
  followingTimesOf,
  forgetFollowing,
  recordFollowing,
} from './meeting-times';
export type { MeetingTimes } from './meeting-times';
export { planRetitle } from './plan-retitle';
export { planAddQuestion, TOPICS_HEADING } from './plan-add-question';
export { planPairDoc, isBlank, hasSection } from './plan-pair-doc';
export type { ComingMeeting, PairDocPlan, PairDocState } from './plan-pair-doc';
