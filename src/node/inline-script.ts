// The source of an inline script that calls a typed function with these arguments. Pages inline a
// few steps that must run before first paint and allow them by hash; the function must stand
// alone (no imports, nothing from outside but its arguments), since its source is what is sent.
export function inlineCall<A extends unknown[]>(fn: (...args: A) => void, ...args: A): string {
  return `(${fn.toString()})(${args.map((a) => JSON.stringify(a)).join(',')})`;
}
