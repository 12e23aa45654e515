// The home page's one step before first paint: a returning reader goes straight to the language
// and view they chose last, and a click on a language is remembered, as the language switch does
// on the other pages. The page inlines this function's source (hashed into its CSP), so it must
// stand alone: no imports, nothing from outside but its arguments. The paths are relative to the
// home page; opened from disk (file://), where a folder shows a listing of its files, they lead to
// the folder's index.html, as the other pages' links do there (from-disk.ts).
export function returnToLastChoice(
  keys: { language: string; view: string },
  paths: Record<string, { article: string; parallel: string }>,
): void {
  const page = location.protocol === 'file:' ? 'index.html' : '';
  try {
    const chosen = paths[localStorage.getItem(keys.language) ?? ''];
    if (chosen)
      location.replace(
        (localStorage.getItem(keys.view) === 'parallel' ? chosen.parallel : chosen.article) + page + location.hash,
      );
    document.addEventListener('click', (event) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-lang-choice]');
      if (!link) return;
      if (page && link.pathname.endsWith('/')) link.pathname += page;
      localStorage.setItem(keys.language, link.dataset.langChoice ?? '');
    });
  } catch {
    // Storage may be disabled (private mode, policy): the chooser stays, and nothing is remembered.
  }
}
