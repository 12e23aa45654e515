// A speech-dispatcher of the test's own (Debian's `speech-dispatcher`), speaking through espeak-ng
// (`espeak-ng`) into no sound device: the machines that run the tests have none, and without one
// speech-dispatcher cannot start its output module, or a client waits for ever for speech to end.
// Its configuration, socket, logs and HOME are in a temporary folder: espeak-ng writes its sound
// to a file there and the module waits as long as it lasts (real pace), and the module's own audio (libao, which speech-dispatcher opens at start) goes to
// libao's built-in `null` driver, chosen by ~/.libao in that HOME. A browser reaches it through
// SPEECHD_ADDRESS in its environment (libspeechd reads it), never the reader's own dispatcher.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SPEECH_DISPATCHER = '/usr/bin/speech-dispatcher';
const ESPEAK_NG = '/usr/bin/espeak-ng';

export interface SpeechDispatcher {
  /** For SPEECHD_ADDRESS. */
  address: string;
  /** Everything it logged, for a failing test to show. */
  logDir: string;
  stop(): void;
}

export function requireSpeechDispatcher(): void {
  const missing = [SPEECH_DISPATCHER, ESPEAK_NG].filter((p) => !existsSync(p));
  if (missing.length)
    throw new Error(`Real speech needs ${missing.join(', ')}: run npm run setup:system (speech-dispatcher, espeak-ng)`);
}

export async function startSpeechDispatcher(): Promise<SpeechDispatcher> {
  requireSpeechDispatcher();
  const dir = mkdtempSync(join(tmpdir(), 'speechd-'));
  const conf = join(dir, 'conf');
  const logDir = join(dir, 'log');
  const home = join(dir, 'home');
  for (const d of [join(conf, 'modules'), logDir, home]) mkdirSync(d, { recursive: true });
  writeFileSync(join(home, '.libao'), 'default_driver=null\n');
  writeFileSync(
    join(conf, 'speechd.conf'),
    [
      'LogLevel 3',
      `LogDir "${logDir}"`,
      'AudioOutputMethod "libao"',
      'AddModule "espeak-ng-silent" "sd_generic" "espeak-ng-silent.conf"',
      'DefaultModule espeak-ng-silent',
      'DefaultLanguage "en"',
      '',
    ].join('\n'),
  );
  // The generic module runs espeak-ng for each message: it synthesises the text, in the voice of
  // the message's language, into a file, and then takes as long as the sound lasts (its bytes at
  // 22,050 samples of 2 bytes a second, after the 44-byte header), as a sound device would: a
  // null sink at real pace. Without the wait every message ended at once, and nothing could be
  // seen while a sentence is spoken. Begin and end are reported as for any voice; a stop ends the
  // command, wait and all.
  const wav = join(dir, 'message.wav');
  const centiseconds = `$(( ($(stat -c %s ${wav}) - 44) / 441 ))`;
  writeFileSync(
    join(conf, 'modules', 'espeak-ng-silent.conf'),
    [
      `GenericExecuteSynth "printf %s \\'$DATA\\' | ${ESPEAK_NG} -v $VOICE -s $RATE --stdin -w ${wav} && cs=${centiseconds} && sleep $((cs / 100)).$((cs / 10 % 10))$((cs % 10))"`,
      `GenericCmdDependency "${ESPEAK_NG}"`,
      'GenericLanguage "en" "en-us" "utf-8"',
      'GenericLanguage "ko" "ko" "utf-8"',
      'AddVoice "en" "MALE1" "en-us"',
      'AddVoice "ko" "MALE1" "ko"',
      'GenericRateAdd 175',
      'GenericRateMultiply 1',
      '',
    ].join('\n'),
  );
  const socket = join(dir, 'speechd.sock');
  const server = spawn(SPEECH_DISPATCHER, ['-s', '-t', '0', '-C', conf, '-S', socket, '-L', logDir], {
    env: { ...process.env, HOME: home, XDG_RUNTIME_DIR: dir, XDG_CONFIG_HOME: join(dir, 'config') },
    stdio: 'ignore',
  });
  const stop = () => {
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  };
  for (let waited = 0; !existsSync(socket); waited += 100) {
    if (server.exitCode !== null || waited > 10_000) {
      server.kill(); // the folder stays, for its log
      throw new Error(`speech-dispatcher did not start (exit ${server.exitCode}); its log is in ${logDir}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { address: `unix_socket:${socket}`, logDir, stop };
}
