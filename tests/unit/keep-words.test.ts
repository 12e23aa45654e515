import { describe, expect, it } from 'vitest';
import { keepWords, keepWordsOfText } from '../../src/node/keep-words.ts';

describe('keepWords', () => {
  it('keeps a word whole where it meets an opening bracket, a closing quote or a middle dot', () => {
    expect(keepWordsOfText('200억 달러(약 27조) ‘거래 파기 요인’으로 보안·규정')).toBe(
      '200억 달<w->러(</w->약 27조) ‘거래 파기 요인<w->’으</w->로 보<w->안·규</w->정',
    );
  });

  it('keeps an opening quote with the term after it, at whole elements', () => {
    const html = '위한 ‘<label class="term"><button popovertarget="t"></button>우선협상권</label>’을 봐요.';
    expect(keepWords(html)).toBe(
      '위한 <w->‘<label class="term"><button popovertarget="t"></button>우선협상권</label></w-><w->’을</w-> 봐요.',
    );
  });

  it('leaves text with nothing to keep as it is, spaces and entities included', () => {
    const html = '<span id="a-p1-s1">오픈AI와 <label class="term"><button></button>MS</label>는 R&amp;D를 했다.</span>';
    expect(keepWords(html)).toBe(html);
  });

  it('never changes the text itself', () => {
    const text = '미국 증권거래위원회(SEC)의 ‘브로맨스’였던 A·B';
    expect(keepWordsOfText(text).replace(/<\/?w->/g, '')).toBe(text);
  });
});

describe('keepWords around a term', () => {
  it('keeps a junction after the term with the whole term, its own junctions included', () => {
    const term = '<label class="term"><button popovertarget="t"></button>미국 증권거래위원회(SEC)</label>';
    expect(keepWords(`${term}에 냈다`)).toBe(`<w->${term}에</w-> 냈다`);
  });
});
