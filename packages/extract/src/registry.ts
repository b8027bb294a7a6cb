/**
 * The extractors, each declaring which detected type it handles. `extractFile` looks the type up
 * here instead of branching on formats.
 */
import type { DetectedType } from './sniff.ts';
import type { DocumentResult } from './types.ts';

export interface ExtractContext {
  timeoutMs: number;
  ocr: boolean;
}

export interface Extractor {
  name: string;
  handles: DetectedType['kind'];
  extract(bytes: Uint8Array, context: ExtractContext): Promise<DocumentResult>;
}

export function createRegistry(
  extractors: readonly Extractor[],
): (type: DetectedType) => Extractor | undefined {
  const byKind = new Map(extractors.map((e) => [e.handles, e]));
  return (type) => byKind.get(type.kind);
}
