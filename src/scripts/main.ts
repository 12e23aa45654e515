// The page script of every page but the home and 404 pages: small, framework-free, each concern
// in its own module. Built as a classic script (src/node/client-scripts.ts), started by the page's
// boot script after the first paint (src/node/page-boot.ts).
import { initTerms } from './terms.ts';
import { initLanguageMemory } from './language.ts';
import { initShowOther } from './show-other.ts';
import { initListen } from './listen.ts';
import { initThemeSwitch } from './theme.ts';
import { initTocMark } from './toc.ts';
import { trackHeaderHeight } from './header-height.ts';
import { loadScript } from './load-script.ts';
import fromDisk from './from-disk.ts?script';

initTerms();
initLanguageMemory();
initShowOther();
initListen();
initThemeSwitch();
initTocMark();
trackHeaderHeight();
if (location.protocol === 'file:') void loadScript(fromDisk);
// Said once everything above is set up: the script starts after the first paint, so the page's
// load event may come before it (the tests wait for this).
document.documentElement.dataset.ready = '';
