// The site's pages, one list. The header's links, the sitemap, the bench and the tests all derive
// from it, so a page added here is linked, listed and measured without another edit; a built page
// that is neither here nor in `unlistedPages` fails the tests.
// No imports, so that Node scripts (the tests' support, the bench) can read it as it is.

/** Each page under /<locale>/, by the path segment after the locale ('' is the article), in the header's order. */
export const pages = ['', 'parallel', 'timeline', 'glossary', 'data'] as const;
export type Page = (typeof pages)[number];

/**
 * What the header shows for each page: its label (a key of content/ui/<locale>.json) and, for the
 * two reading views, the view the language script remembers when the reader picks one.
 */
export const navigation = {
  '': { label: 'nav.article', view: 'article' },
  parallel: { label: 'nav.parallel', view: 'parallel' },
  timeline: { label: 'nav.timeline' },
  glossary: { label: 'nav.glossary' },
  data: { label: 'nav.data' },
} as const satisfies Record<Page, { label: `nav.${string}`; view?: 'article' | 'parallel' }>;

/**
 * Built HTML files that no sitemap should list, each with its reason. The tests visit these too,
 * and fail on any other built page the sitemap leaves out.
 */
export const unlistedPages: Record<string, string> = {
  '404.html': 'the page a host serves for an unknown address; it is not a destination',
};
