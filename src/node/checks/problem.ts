// What a content check reports: the file to fix and what is wrong with it, in words an editor or
// translator can act on. Its own module, so that the checks and the list that runs them
// (./index.ts) both import it and neither imports the other.

export interface Problem {
  file: string;
  message: string;
}

export const formatProblem = (p: Problem) => `${p.file}: ${p.message}`;
