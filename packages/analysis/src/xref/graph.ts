import { documentRef } from './variants.ts';
import { collapse } from './text.ts';
import type {
  ActChain,
  ActEdge,
  ChainNode,
  EdgeRelation,
  NodeRef,
  XrefCitation,
  XrefDocument,
} from './types.ts';

const end = (c: XrefCitation): number => c.end ?? c.start + c.surface.length;

function edgeRelation(relation: XrefCitation['relation']): EdgeRelation | null {
  return relation === 'mentions' ? null : relation;
}

/**
 * The citation whose `về …` subject contains `inner` (3006/KH-UBND's subject "triển khai Kế hoạch
 * số 102-KH/TU …" contains 102-KH/TU), or undefined. The subject follows its citation closely,
 * so the inner occurrence must start after the outer one and within reach of the subject's length.
 */
export function enclosingCitation(
  inner: XrefCitation,
  citations: readonly XrefCitation[],
): XrefCitation | undefined {
  const surface = collapse(inner.surface);
  let best: XrefCitation | undefined;
  for (const outer of citations) {
    if (outer === inner || !outer.subject || outer.key === inner.key) continue;
    if (inner.start < end(outer)) continue;
    const subject = collapse(outer.subject);
    if (!subject.includes(surface)) continue;
    if (inner.start - end(outer) > subject.length * 2 + 200) continue;
    if (!best || outer.start > best.start) best = outer;
  }
  return best;
}

/**
 * The implementation links one document shows. A citation nested in another citation's subject
 * links the two acts (3006/KH-UBND implements 102-KH/TU); any other citation links the document
 * itself, or the act it is the archive copy of (its own number), to the cited act.
 */
export function edgesOfDocument(doc: XrefDocument): ActEdge[] {
  const self: NodeRef = doc.ownNumber
    ? { kind: 'act', key: doc.ownNumber }
    : { kind: 'document', documentId: doc.id };
  const edges: ActEdge[] = [];
  const seen = new Set<string>();
  for (const c of doc.citations) {
    const relation = edgeRelation(c.relation);
    if (!relation) continue;
    const outer = enclosingCitation(c, doc.citations);
    const from: NodeRef = outer ? { kind: 'act', key: outer.key } : self;
    if (from.kind === 'act' && from.key === c.key) continue;
    const id = JSON.stringify([from, c.key, relation]);
    if (seen.has(id)) continue;
    seen.add(id);
    edges.push({ from, toKey: c.key, relation, evidence: doc.id });
  }
  return edges;
}

export interface ChainOptions {
  /** how many links to follow in each direction (default 4) */
  maxDepth?: number;
  /** stop adding nodes after this many per direction (default 200) */
  maxNodes?: number;
}

const refId = (ref: NodeRef): string =>
  ref.kind === 'act' ? `act:${ref.key}` : `doc:${ref.documentId}`;

/**
 * The implementation chain around act `key`, from every document the caller fetched: up (what it
 * implements or is based on) and down (what implements or reports on it), recursively, bounded,
 * with cycle protection (a node already on the path is shown once more, marked `truncated`).
 */
export function buildChain(
  key: string,
  docs: readonly XrefDocument[],
  options: ChainOptions = {},
): ActChain {
  const maxDepth = options.maxDepth ?? 4;
  const maxNodes = options.maxNodes ?? 200;
  const byId = new Map(docs.map((d) => [d.id, d] as const));
  const holders = new Map<string, string[]>();
  for (const d of byId.values()) {
    if (!d.ownNumber) continue;
    const list = holders.get(d.ownNumber) ?? [];
    list.push(d.id);
    holders.set(d.ownNumber, list);
  }
  const edges = [...byId.values()].flatMap(edgesOfDocument);

  const makeNode = (ref: NodeRef): ChainNode['node'] | null => {
    if (ref.kind === 'act')
      return { kind: 'act', key: ref.key, archiveDocumentIds: holders.get(ref.key) ?? [] };
    const doc = byId.get(ref.documentId);
    return doc ? { kind: 'document', ...documentRef(doc) } : null;
  };

  const group = (
    pairs: Array<{ ref: NodeRef; edge: ActEdge }>,
  ): Array<{ ref: NodeRef; relations: EdgeRelation[]; evidence: string[] }> => {
    const out = new Map<string, { ref: NodeRef; relations: EdgeRelation[]; evidence: string[] }>();
    for (const { ref, edge } of pairs) {
      const id = refId(ref);
      const entry = out.get(id) ?? { ref, relations: [], evidence: [] };
      if (!entry.relations.includes(edge.relation)) entry.relations.push(edge.relation);
      if (!entry.evidence.includes(edge.evidence)) entry.evidence.push(edge.evidence);
      out.set(id, entry);
    }
    return [...out.values()];
  };

  const walk = (
    ref: NodeRef,
    depth: number,
    path: Set<string>,
    neighbours: (ref: NodeRef) => Array<{ ref: NodeRef; edge: ActEdge }>,
    budget: { left: number },
  ): ChainNode[] => {
    const result: ChainNode[] = [];
    for (const next of group(neighbours(ref))) {
      const node = makeNode(next.ref);
      if (!node || budget.left <= 0) continue;
      budget.left -= 1;
      const id = refId(next.ref);
      const chainNode: ChainNode = {
        node,
        relations: next.relations,
        evidence: next.evidence,
        children: [],
      };
      if (path.has(id)) chainNode.truncated = true;
      else if (depth + 1 >= maxDepth) {
        if (neighbours(next.ref).length > 0) chainNode.truncated = true;
      } else {
        chainNode.children = walk(next.ref, depth + 1, new Set([...path, id]), neighbours, budget);
      }
      result.push(chainNode);
    }
    return result;
  };

  const up = (ref: NodeRef) =>
    edges
      .filter((e) => refId(e.from) === refId(ref))
      .map((edge) => ({ ref: { kind: 'act', key: edge.toKey } as NodeRef, edge }));
  const down = (ref: NodeRef) =>
    ref.kind !== 'act'
      ? []
      : edges
          .filter((e) => e.toKey === ref.key && e.relation !== 'basis')
          .map((edge) => ({ ref: edge.from, edge }));

  const root: NodeRef = { kind: 'act', key };
  const rootPath = new Set([refId(root)]);
  return {
    implements: walk(root, 0, rootPath, up, { left: maxNodes }),
    implementedBy: walk(root, 0, rootPath, down, { left: maxNodes }),
  };
}

/** Act keys adjacent to `key` in `docs` (for a caller that fetches the graph one ring at a time). */
export function adjacentKeys(key: string, docs: readonly XrefDocument[]): string[] {
  const keys = new Set<string>();
  for (const edge of docs.flatMap(edgesOfDocument)) {
    if (edge.from.kind === 'act' && edge.from.key === key) keys.add(edge.toKey);
    if (edge.toKey === key && edge.from.kind === 'act') keys.add(edge.from.key);
  }
  keys.delete(key);
  return [...keys];
}
