/**
 * Fonts declared in word/styles.xml: the document default and each style's (following
 * `w:basedOn`), so a run without its own `w:rFonts` still gets its font from its run style,
 * its paragraph style or the defaults.
 */
export interface StyleFonts {
  defaultFont: string | null;
  byStyleId: Map<string, string>;
}

function asciiFont(xml: string): string | null {
  const m = /<w:rFonts\b[^>]*?\bw:(?:ascii|hAnsi)="([^"]+)"/.exec(xml);
  return m?.[1] ?? null;
}

export function parseStyleFonts(stylesXml: string): StyleFonts {
  const defaults = /<w:docDefaults\b[\s\S]*?<\/w:docDefaults>/.exec(stylesXml)?.[0] ?? '';
  const own = new Map<string, string | null>();
  const basedOn = new Map<string, string>();
  for (const m of stylesXml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    const id = /w:styleId="([^"]+)"/.exec(m[1]!)?.[1];
    if (id === undefined) continue;
    own.set(id, asciiFont(m[2]!));
    const parent = /<w:basedOn w:val="([^"]+)"/.exec(m[2]!)?.[1];
    if (parent !== undefined) basedOn.set(id, parent);
  }
  const byStyleId = new Map<string, string>();
  for (const id of own.keys()) {
    let current: string | undefined = id;
    for (let depth = 0; current !== undefined && depth < 20; depth += 1) {
      const font = own.get(current);
      if (font !== null && font !== undefined) {
        byStyleId.set(id, font);
        break;
      }
      current = basedOn.get(current);
    }
  }
  return { defaultFont: asciiFont(defaults), byStyleId };
}
