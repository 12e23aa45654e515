// A TMX 1.4b translation memory (LISA OSCAR), the exchange format OmegaT, memoQ and Trados import:
// one translation unit per aligned segment, one variant per language, plain text in each <seg>.
import { escapeXml } from './xml.ts';

export interface TmxHeader {
  /** The tool that made the memory and its version: here, the site and its data files' version. */
  creationTool: string;
  creationToolVersion: string;
  /** The format the segments were kept in before this memory (TMX's `o-tmf`). */
  originalFormat: string;
  /** The language of the header's notes and properties, and the memory's source language. */
  adminLang: string;
  srcLang: string;
}

export interface TmxUnit {
  /** The unit's id in the memory (`tuid`): here, the sentence's anchor on the pages. */
  id: string;
  /** The unit's text by language, source first. */
  variants: { lang: string; text: string }[];
}

const attributes = (values: Record<string, string>) =>
  Object.entries(values)
    .map(([name, value]) => `${name}="${escapeXml(value)}"`)
    .join(' ');

/**
 * The memory as an XML document. Sentence segments of plain text: `segtype="sentence"`,
 * `datatype="plaintext"`. No DOCTYPE: the DTD has no address that a tool could fetch, and a tool
 * that tried to resolve a bare `tmx14.dtd` beside the file would fail on import.
 */
export function toTmx(header: TmxHeader, units: TmxUnit[]): string {
  const head = attributes({
    creationtool: header.creationTool,
    creationtoolversion: header.creationToolVersion,
    segtype: 'sentence',
    'o-tmf': header.originalFormat,
    adminlang: header.adminLang,
    srclang: header.srcLang,
    datatype: 'plaintext',
  });
  const body = units.map(
    (unit) =>
      `    <tu ${attributes({ tuid: unit.id })}>\n` +
      unit.variants
        .map((v) => `      <tuv ${attributes({ 'xml:lang': v.lang })}><seg>${escapeXml(v.text)}</seg></tuv>\n`)
        .join('') +
      '    </tu>\n',
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n  <header ${head}/>\n  <body>\n${body.join('')}  </body>\n</tmx>\n`;
}
