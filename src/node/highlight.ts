// Build-time syntax highlighting with shiki, in light and dark themes. Colours become classes
// (not style attributes) so that the strict CSP needs no 'unsafe-inline'.
import { codeToHtml, type BundledLanguage, type SpecialLanguage } from 'shiki';
import { transformerStyleToClass } from '@shikijs/transformers';

// High-contrast themes: the default GitHub light theme fails WCAG AA contrast for comments.
export const THEMES = { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' } as const;

/** Highlights several snippets with one set of classes; `css` defines them all. */
export async function highlightAll(
  snippets: { code: string; lang: BundledLanguage | SpecialLanguage }[],
): Promise<{ html: string[]; css: string }> {
  const toClass = transformerStyleToClass({ classPrefix: 'hl-' });
  const html = [];
  for (const { code, lang } of snippets) {
    html.push(await codeToHtml(code, { lang, themes: THEMES, defaultColor: false, transformers: [toClass] }));
  }
  return { html, css: toClass.getCSS() };
}
