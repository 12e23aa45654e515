// `import x from './x.ts?script'` gives the name of x.ts built as a script of its own, for
// loadScript() (load-script.ts; src/node/client-scripts.ts builds it).
declare module '*?script' {
  const file: string;
  export default file;
}

// `import css from '../styles/x.css?style'` gives x.css's rules, minified, for adoptStyle()
// (adopt-style.ts; src/node/client-scripts.ts builds them).
declare module '*?style' {
  const css: string;
  export default css;
}
