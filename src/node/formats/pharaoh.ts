// The word alignment in the formats word aligners read and write (fast_align, GIZA++, eflomal):
// a tokens file, one line per sentence pair, the source's tokens, " ||| ", the target's, tokens
// split by single spaces; and a Pharaoh file, one line per pair, its links as `i-j` (0-based
// token indexes of source and target), in the same order.

export interface AlignedTokens {
  source: string[];
  target: string[];
  /** [source index, target index] */
  links: [number, number][];
}

function checkTokens(pair: AlignedTokens, line: number): void {
  for (const token of [...pair.source, ...pair.target]) {
    if (token === '' || /\s|\|\|\|/.test(token))
      throw new Error(`line ${line}: the token "${token}" cannot be written (empty, a space, or "|||")`);
  }
}

export function toTokensFile(pairs: AlignedTokens[]): string {
  return pairs
    .map((pair, i) => {
      checkTokens(pair, i + 1);
      return `${pair.source.join(' ')} ||| ${pair.target.join(' ')}\n`;
    })
    .join('');
}

export function toPharaoh(pairs: AlignedTokens[]): string {
  return pairs
    .map((pair, i) => {
      for (const [s, t] of pair.links) {
        if (!(s < pair.source.length && t < pair.target.length))
          throw new Error(`line ${i + 1}: the link ${s}-${t} is out of range`);
      }
      const sorted = [...pair.links].sort(([a, b], [c, d]) => a - c || b - d);
      return `${sorted.map(([s, t]) => `${s}-${t}`).join(' ')}\n`;
    })
    .join('');
}
