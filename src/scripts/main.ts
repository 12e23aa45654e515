// The site's only client script: small, framework-free, each concern in its own module.
import { initTerms } from './terms.ts';
import { initLanguageMemory } from './language.ts';
import { initShowOther } from './show-other.ts';

initTerms();
initLanguageMemory();
initShowOther();
