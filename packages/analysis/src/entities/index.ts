export {
  findLocalities,
  findLocalityMentions,
  localityMentionsOf,
  type LocalityMention,
} from './localities.ts';
export { findUnits } from './units.ts';
export { findUnnumberedRefs } from './unnumbered-refs.ts';
export { entityText, entityTextOf, type TextFacts } from './text-facts.ts';
