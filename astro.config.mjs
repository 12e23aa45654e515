// Static site, Korean and English under /ko/ and /en/. SITE_URL and BASE_PATH let the same build
// serve at a domain root or under a sub-path of someone else's domain.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentChecks } from './src/integrations/content-checks.ts';
import { staticHeaders } from './src/integrations/static-headers.ts';
import { defaultLocale, locales } from './src/i18n/locales.ts';

// The oldest engines the site supports: Safari 16.4 (iOS 16.4), Firefox ESR 140, Chromium 111.
const version = (major, minor = 0) => (major << 16) | (minor << 8);
const CSS_TARGETS = { safari: version(16, 4), ios_saf: version(16, 4), firefox: version(140), chrome: version(111) };

const site = process.env.SITE_URL ?? 'https://example.org';

/** Says so when a build points canonical links, the citation and social cards at the placeholder address. */
const siteUrlWarning = {
  name: 'site-url',
  hooks: {
    'astro:config:setup': ({ command, logger }) => {
      if (command !== 'build' || process.env.SITE_URL) return;
      logger.warn(
        `SITE_URL is not set: canonical links, hreflang alternates, the sitemap, the citation and social cards will point at ${site}. ` +
          'Set it to the address the site will live at, e.g. SITE_URL=https://example.com npm run build.',
      );
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
  integrations: [contentChecks(), mdx(), staticHeaders(), siteUrlWarning],
  devToolbar: { enabled: false },
  vite: {
    // Lightning CSS minifies with the engines readers use in mind: esbuild merged the longhands
    // text-decoration-line/-style/-thickness into a shorthand that WebKit (Safari) rejects, which
    // left glossary terms and the current page's link without their underline there.
    css: { lightningcss: { targets: CSS_TARGETS } },
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
