/**
 * The one list of programs outside the project that its code, scripts and tests may start.
 * Everything else a test needs must be an npm dependency (run through process.execPath or
 * node_modules/.bin), so that `npm install && npm test` works on a clean machine.
 * tests/guard/spawned-programs.test.ts fails when anything else is started.
 */
export interface AllowedProgram {
  /** The program's name as it is started (a path's last part: /usr/bin/chromium → chromium). */
  names: readonly string[];
  /** Where it may be started; every file when left out. */
  files?: readonly string[];
  /** Why it is needed and how a fresh machine gets it. */
  why: string;
}

const CHROMIUM_FILE = ['scripts/lib/chromium.ts'];
const CI_SCRIPT = ['.ci/run'];

export const ALLOWED_PROGRAMS: readonly AllowedProgram[] = [
  {
    names: ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'],
    files: CHROMIUM_FILE,
    why: 'The browser tests need a real browser. scripts/lib/chromium.ts finds it (CHROMIUM_PATH or these paths) and installs Debian’s chromium with apt-get when run as root; otherwise npm test stops with the command to run.',
  },
  {
    names: ['apt-get'],
    files: CHROMIUM_FILE,
    why: 'Installs Debian’s chromium package on a fresh machine (root only), from scripts/lib/chromium.ts.',
  },
  {
    names: ['git'],
    why: 'The project is a git repository; git is there wherever it was cloned.',
  },
  {
    names: ['time'],
    files: ['scripts/bench/search.ts'],
    why: 'Optional: the search benchmark measures a build’s CPU time with /usr/bin/time when it exists, and wall-clock time otherwise.',
  },
  {
    names: ['npm'],
    files: CI_SCRIPT,
    why: 'The README’s two commands; npm comes with Node.',
  },
  {
    names: ['env', 'bash', 'set', 'cd', 'dirname', 'mkdir', 'echo', 'tee', 'grep', 'tail', 'exit'],
    files: CI_SCRIPT,
    why: 'The CI script’s shell and POSIX utilities, part of every Debian system (essential packages).',
  },
];

/** Calls that start a program given in a variable, each with what that variable holds. */
export const PASS_THROUGH: readonly { file: string; code: string; why: string }[] = [
  { file: 'scripts/lib/run.ts', code: 'spawn(command, …)', why: 'The run() wrapper: every call of run() is checked where it is made.' },
  { file: 'scripts/bench/search.ts', code: 'run(build[0]!, …)', why: 'build is [process.execPath, "scripts/build.ts"].' },
];

/** The entry that allows `program` in `file`, if any. */
export function allowedEntry(program: string, file: string): AllowedProgram | undefined {
  return ALLOWED_PROGRAMS.find((p) => p.names.includes(program) && (!p.files || p.files.includes(file)));
}
