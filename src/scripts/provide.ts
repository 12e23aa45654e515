// What a script loaded at first use (load-script.ts) calls as it runs, to hand over what it offers:
// loadScript()'s promise resolves to it. Kept on the script's own element, so no global is needed.
export type LoadedScript = HTMLScriptElement & { provided?: unknown };

export const provide = (offered: unknown): void => {
  (document.currentScript as LoadedScript).provided = offered;
};
