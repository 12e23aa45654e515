// The page script of every page but the home and 404 pages: small, framework-free, each concern
// in its own module. Built as a classic script (src/node/client-scripts.ts), requested by the page
// as it is parsed and run once it is (`defer`, Base.astro). The theme switch is the boot script's
// (src/node/page-boot.ts), so that it works before this arrives.
import { initTerms } from './terms.ts';
import { rememberLanguageAndView } from './language.ts';
import { initShowOther } from './show-other.ts';
import { initListen } from './listen.ts';
import { initWords } from './words.ts';
import { trackHeaderHeight } from './header-height.ts';
import { loadScript } from './load-script.ts';
import { fetchWhenScrolled } from './first-scroll.ts';
import fromDisk from './from-disk.ts?script';

// Each part starts on its own, as a microtask: one that throws (an engine without what it needs)
// is reported, and the others still start, before DOMContentLoaded. The ready mark comes last
// (the bench times it).
for (const start of [
  initTerms,
  rememberLanguageAndView,
  initShowOther,
  initListen,
  fetchWhenScrolled,
  initWords,
  trackHeaderHeight,
  () => !location.host && loadScript(fromDisk), // opened from disk: file:// has no host
  () => (document.documentElement.dataset.ready = ''),
])
  queueMicrotask(start);
