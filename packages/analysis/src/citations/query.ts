export interface CitationCandidate {
  type?: string;
  number: string;
  symbol?: string;
}
export interface CitationQuery {
  keys: string[];
  candidates: CitationCandidate[];
  rest: string;
}
export function parseCitationQuery(q: string): CitationQuery {
  return { keys: [], candidates: [], rest: q };
}
