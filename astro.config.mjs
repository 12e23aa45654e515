// Static site, Korean and English under /ko/ and /en/. Its pages link to each other and to their
// files relative to themselves (src/integrations/relative-urls.ts), so one build serves at any path
// and from disk; SITE_URL and BASE_PATH give what must be absolute (canonical and hreflang links,
// the sitemap, social cards, structured data) and the 404 page's links.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentChecks } from './src/integrations/content-checks.ts';
import { builtSite } from './src/integrations/built-site.ts';
import { browserTargets } from './src/node/browser-targets.ts';
import { defaultLocale, locales } from './src/i18n/locales.ts';

// `astro dev` shows the pages at its own address; every build is one to publish, so it needs the real one.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

/**
 * Stops a build without SITE_URL: its canonical links, hreflang alternates, sitemap, citation and
 * social cards would name another site as the original, which search engines believe.
 */
const requireSiteUrl = {
  name: 'site-url',
  hooks: {
    'astro:config:setup': ({ command, config, logger }) => {
      if (command !== 'build' || process.env.SITE_URL) return;
      rmSync(fileURLToPath(config.outDir), { recursive: true, force: true });
      // Ending here rather than throwing, as the content checks do: no stack trace to read past.
      logger.error(
        'SITE_URL is not set; nothing was built. Canonical links, hreflang alternates, the sitemap, the citation ' +
          'and social cards need the address the site will live at: SITE_URL=https://example.com npm run build ' +
          '(for a look on this machine, SITE_URL=http://localhost:4321).',
      );
      process.exit(1);
    },
  },
};
const base = process.env.BASE_PATH ?? '/';
// The tests build broken content into a folder of their own, never over dist/.
const outDir = process.env.OUT_DIR ?? './dist';

export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'always',
  output: 'static',
  // CSS is inlined: one round trip fewer before first paint on a slow phone connection.
  build: { format: 'directory', inlineStylesheets: 'always' },
  i18n: {
    locales: [...locales], // the one list of locales (src/i18n/locales.ts)
    defaultLocale,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [requireSiteUrl, contentChecks(), mdx(), builtSite()],
  devToolbar: { enabled: false },
  vite: {
    // Lightning CSS minifies with the engines readers use in mind: esbuild merged the longhands
    // text-decoration-line/-style/-thickness into a shorthand that WebKit (Safari) rejects, which
    // left glossary terms and the current page's link without their underline there.
    css: { lightningcss: { targets: browserTargets.lightningcss } },
    build: {
      cssMinify: 'lightningcss',
      rolldownOptions: {
        // Astro's MDX modules carry a "use astro:head-inject" directive that the bundler warns
        // about for every section file; Astro handles it, so the warning is only noise.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  // The article has no code; the data page highlights its own with shiki, as classes (see src/node/highlight.ts).
  markdown: { syntaxHighlight: false },
  security: {
    csp: {
      directives: [
        "default-src 'none'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "base-uri 'none'",
        "form-action 'none'",
      ],
    },
  },
});
