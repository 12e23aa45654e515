// Korean breaks lines only at spaces (word-break: keep-all), but browsers still break a word
// where it meets punctuation or an atomic inline: before an opening bracket ("증권거래위원회 /
// (SEC)"), after a closing quote ("‘거래 파기 요인’ / 으로", Chromium), at a middle dot ("보안· /
// 규정", Chromium), and around a term's
// button that follows an opening quote ("‘ / 우선협상권"). Each such junction is wrapped, at the
// smallest whole elements that hold it, in a <w-> element that the page's CSS keeps on one line.
// The text stays exactly as it was: no joiner characters that copying or searching would carry.

const OPENING = /[\p{Ps}\p{Pi}]/u;
const CLOSING = /[\p{Pe}\p{Pf}]/u;
const WORD = /[\p{L}\p{N}]/u;
const MIDDLE_DOT = /[\u00b7\u2027\u30fb]/u; // 보안·규정: one word to a Korean reader

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const charOf = (token: string) =>
  token.startsWith('&')
    ? token.startsWith('&#')
      ? String.fromCodePoint(
          token[2] === 'x' || token[2] === 'X' ? parseInt(token.slice(3, -1), 16) : Number(token.slice(2, -1)),
        )
      : (ENTITIES[token.slice(1, -1)] ?? token)
    : token;

/** Whether a line may break between these two characters inside a word, as browsers do. */
function breaksInsideWord(before: string, after: string, atomicBetween: boolean): boolean {
  if (/\s/.test(before) || /\s/.test(after)) return false;
  if (atomicBetween) return true;
  return (
    (OPENING.test(after) && !OPENING.test(before)) ||
    (CLOSING.test(before) && WORD.test(after)) ||
    MIDDLE_DOT.test(before) ||
    MIDDLE_DOT.test(after)
  );
}

const isTag = (t: string) => t.startsWith('<');
const isClosing = (t: string) => t.startsWith('</');
const isVoid = (t: string) => t.endsWith('/>') || /^<(br|wbr|img|input)\b/i.test(t);

/** The HTML (of Korean text) with every junction where a browser would break inside a word kept whole. */
export function keepWords(html: string): string {
  const tokens = html.match(/<[^>]*>|&#?\w+;|[\s\S]/gu) ?? [];
  // Each element's opening and closing token, by either.
  const partner = new Map<number, number>();
  const open: number[] = [];
  tokens.forEach((t, i) => {
    if (!isTag(t) || isVoid(t)) return;
    if (isClosing(t)) {
      const start = open.pop();
      if (start !== undefined) partner.set(start, i).set(i, start);
    } else open.push(i);
  });

  const ranges: [number, number][] = [];
  let previous = -1; // the last character token
  let atomic = false; // a button between it and the next
  tokens.forEach((t, i) => {
    if (isTag(t)) {
      if (/^<button\b/.test(t)) atomic = true;
      return;
    }
    if (previous >= 0 && breaksInsideWord(charOf(tokens[previous]!), charOf(t), atomic)) {
      // The smallest run of whole elements holding both characters.
      let [start, end] = [previous, i];
      for (let changed = true; changed;) {
        changed = false;
        for (let k = start; k <= end; k++) {
          const other = partner.get(k);
          if (other === undefined) continue;
          if (other < start) [start, changed] = [other, true];
          if (other > end) [end, changed] = [other, true];
        }
      }
      // A junction at the edge of a sentence or paragraph is left as it is rather than keep the
      // whole sentence on one line.
      if (end - start < 40) ranges.push([start, end]);
    }
    previous = i;
    atomic = false;
  });
  if (!ranges.length) return html;

  // Overlapping ranges become one (a term's words inside a range after it need no range of their own).
  const merged: [number, number][] = [];
  for (const [start, end] of ranges.sort((a, b) => a[0] - b[0])) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  const starts = new Set(merged.map(([s]) => s));
  const ends = new Set(merged.map(([, e]) => e));
  return tokens.map((t, i) => `${starts.has(i) ? '<w->' : ''}${t}${ends.has(i) ? '</w->' : ''}`).join('');
}

/** Plain text as HTML with its words kept whole (escaped). */
export function keepWordsOfText(text: string): string {
  return keepWords(text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
}
