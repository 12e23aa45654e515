// The cover, drawn at build time as the social cards are (src/node/og-image.ts): both titles and
// the publisher, in a PNG, since a reading system draws an SVG's text with whatever font it has.
import { renderPng, wrapLines } from '../og-image.ts';
import type { Book } from './book.ts';
import { escapeXml } from '../formats/xml.ts';

// Half the 1600 × 2400 that stores suggest: enough for a thumbnail and a phone's screen, and a
// third of the bytes.
const WIDTH = 800;
const HEIGHT = 1200;
const MARGIN = 64;

export function coverSvg(book: Book): string {
  const block = (text: string, size: number, y: number, fill: string, maxLines: number) => {
    const lines = wrapLines(text, size, WIDTH - 2 * MARGIN, maxLines);
    const svg = lines
      .map(
        (l, i) =>
          `<text x="${MARGIN}" y="${y + i * size * 1.3}" font-size="${size}" fill="${fill}">${escapeXml(l)}</text>`,
      )
      .join('');
    return { svg, bottom: y + (lines.length - 1) * size * 1.3 };
  };
  const original = block(book.meta[book.original].title, 60, 260, '#ffffff', 6);
  const translation = block(book.meta[book.translation].title, 40, original.bottom + 120, '#dbe4ff', 5);
  const publisher = `${book.source.publisher[book.original]} · ${book.source.publisher[book.translation]}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
<rect width="100%" height="100%" fill="#1d4ed8"/>
<rect x="${MARGIN}" y="140" width="96" height="10" fill="#fbbf24"/>
<g font-family="Pretendard" font-weight="700">
${original.svg}
${translation.svg}
<text x="${MARGIN}" y="${HEIGHT - MARGIN}" font-size="32" fill="#dbe4ff">${escapeXml(publisher)}</text>
</g>
</svg>`;
}

export const coverPng = (book: Book): Uint8Array => new Uint8Array(renderPng(coverSvg(book)));
