// `import x from './x.ts?script'` gives the name of x.ts built as a script of its own, for
// loadScript() (load-script.ts; src/node/client-scripts.ts builds it).
declare module '*?script' {
  const file: string;
  export default file;
}
