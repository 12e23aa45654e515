// The parallel view's own script, inlined by the page after its paragraphs (allowed by its hash).
import { initSentencePairs } from './sentence-pairs.ts';

initSentencePairs();
