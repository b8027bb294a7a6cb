export { findLocalities, findLocalityMentions, type LocalityMention } from './localities.ts';
