// How a script that a page needs only on the reader's first use arrives: its own bundle, built
// through Vite's worker bundling (`?worker&url`, see show-other.ts), imported as a module when
// first needed. The one place to change for another way of loading.
export function loadLater(url: string): Promise<unknown> {
  return import(/* @vite-ignore */ url);
}
