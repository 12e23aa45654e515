// Validation of a TMX document against the TMX 1.4b DTD with xmllint (libxml2-utils).
//
// tmx14.dtd beside this file is the LISA OSCAR DTD that the TMX 1.4b specification names
// ("-//LISA OSCAR:1998//DTD for Translation Memory eXchange//EN", tmx14.dtd), byte for byte as
// OmegaT ships it: Debian package omegat 3.6.0.10+dfsg-3, OmegaT.jar, schemas/tmx14.dtd, SHA-256
// b55b69432676c1a330c1d4acf2db5f61d276ea83cda0180b7b3bc7018c459063.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const TMX_DTD = fileURLToPath(new URL('tmx14.dtd', import.meta.url));

/** xmllint's verdict on the document: its exit status and what it printed. */
export function validateTmx(xml: string): { status: number | null; output: string } {
  const result = spawnSync('xmllint', ['--noout', '--dtdvalid', TMX_DTD, '-'], { input: xml, encoding: 'utf8' });
  if (result.error) throw new Error(`xmllint did not run (install libxml2-utils): ${result.error.message}`);
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}
