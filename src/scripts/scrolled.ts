// What matters only once the reader has left the top of the page, fetched at the first scroll
// (first-scroll.ts): the contents' mark of the section being read, and the place that the language
// switch and the view links keep.
import './toc-mark.ts';
import './place-in-view.ts';
