export { foldText, toOriginalSpan, originalSlice } from './fold.ts';
export type { FoldedText, FoldOptions } from './fold.ts';
export { collapseWhitespace, stripMarkers, foldDiacritics, foldSymbolChars } from './clean.ts';
export {
  isSpace,
  isDash,
  isSlash,
  isInvisible,
  isSuperscriptDigit,
  fromSuperscriptDigit,
  isLetterCode,
  isUpperCode,
  isLowerCode,
  isDigitCode,
  isBreakCode,
} from './chars.ts';
