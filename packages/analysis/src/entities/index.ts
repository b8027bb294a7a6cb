export { findLocalities, findLocalityMentions, type LocalityMention } from './localities.ts';
export { findUnits } from './units.ts';
export { findUnnumberedRefs } from './unnumbered-refs.ts';
