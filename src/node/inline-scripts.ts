// Every inline script a page may carry. The pass over the built pages (src/integrations/built-site.ts)
// gives each page's CSP the hashes of the inline scripts that page carries, and stops the build at
// an inline script not listed here: so a page allows these and only those of them it has, and no
// page registers a hash itself.
import { clientScript } from './client-scripts.ts';
import { hideOtherBootScript } from './hide-other-boot.ts';
import { homeRedirectScript } from './home-redirect.ts';
import { pageBootScript } from './page-boot.ts';

export async function inlineScripts(): Promise<string[]> {
  // The parallel view inlines its sentence pairs' script: a few hundred bytes, not worth a request.
  const [sentencePairs] = await clientScript('parallel');
  return [pageBootScript, hideOtherBootScript, homeRedirectScript, sentencePairs!.code];
}
