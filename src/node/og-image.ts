// The social card (1200×630 PNG) for a language, drawn at build time: no external service.
// The font is read from the `pretendard` package only while building; readers never load it.
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { escapeXml } from './formats/xml.ts';

const require = createRequire(import.meta.url);
const FONT = require.resolve('pretendard/dist/public/static/Pretendard-Bold.otf');

const WIDTH = 1200;
const HEIGHT = 630;
const MARGIN = 80;

/** Rough advance width in em: enough to wrap a headline; CJK is full-width, Latin about half. */
function emWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    if (/[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]/.test(ch)) width += 1;
    else if (/[A-Z]/.test(ch)) width += 0.68;
    else if (/[ .,:;'’‘“”!|-]/.test(ch)) width += 0.3;
    else width += 0.56;
  }
  return width;
}

/** Breaks at spaces (Korean included: words are kept whole, as `word-break: keep-all` does). */
export function wrapLines(text: string, fontSize: number, maxWidth: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && emWidth(candidate) * fontSize > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    lines.length = maxLines;
    lines[maxLines - 1] = `${lines[maxLines - 1]}…`;
  }
  return lines;
}

export function ogImageSvg({ title, kicker, footer }: { title: string; kicker: string; footer: string }): string {
  const size = 64;
  const lines = wrapLines(title, size, WIDTH - 2 * MARGIN, 4);
  const text = lines
    .map(
      (l, i) =>
        `<text x="${MARGIN}" y="${200 + i * size * 1.3}" font-size="${size}" fill="#ffffff">${escapeXml(l)}</text>`,
    )
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
<rect width="100%" height="100%" fill="#1d4ed8"/>
<rect x="${MARGIN}" y="96" width="72" height="8" fill="#fbbf24"/>
<g font-family="Pretendard" font-weight="700">
<text x="${MARGIN}" y="${HEIGHT - MARGIN}" font-size="30" fill="#dbe4ff">${escapeXml(footer)}</text>
<text x="${MARGIN + 96}" y="108" font-size="30" fill="#dbe4ff">${escapeXml(kicker)}</text>
${text}
</g>
</svg>`;
}

export function renderPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    font: { fontFiles: [FONT], loadSystemFonts: false, defaultFontFamily: 'Pretendard' },
  });
  return resvg.render().asPng();
}
