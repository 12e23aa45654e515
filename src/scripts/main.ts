// The site's only client script: small, framework-free, each concern in its own module.
import { initTerms } from './terms.ts';
import { initLanguageMemory } from './language.ts';
import { initShowOther } from './show-other.ts';
import { initListen } from './listen.ts';
import { initThemeSwitch } from './theme.ts';
import { initTocMark } from './toc.ts';

initTerms();
initLanguageMemory();
initShowOther();
initListen();
initThemeSwitch();
initTocMark();
