// sitemap.xml: every localized page, each with its hreflang alternates (xhtml:link).
import type { APIRoute } from 'astro';
import { alternates, absoluteUrl, localePath, locales, pages, sitePath } from '../i18n/index.ts';
import { escapeXml } from '../node/formats/xml.ts';

export const GET: APIRoute = ({ site }) => {
  const urls = pages.flatMap((page) =>
    locales.map((locale) => {
      const links = alternates(page, site)
        .map((a) => `    <xhtml:link rel="alternate" hreflang="${a.hreflang}" href="${escapeXml(a.href)}"/>`)
        .join('\n');
      return `  <url>\n    <loc>${escapeXml(absoluteUrl(localePath(locale, page), site))}</loc>\n${links}\n  </url>`;
    }),
  );
  // The root is the language chooser: a page of its own, with the article's alternates.
  const root = `  <url>\n    <loc>${escapeXml(absoluteUrl(sitePath(), site))}</loc>\n  </url>`;
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${[root, ...urls].join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
