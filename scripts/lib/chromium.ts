/**
 * Finds the system Chromium for the browser tests and the benchmark, or installs it
 * with apt-get where that is possible (Debian/Ubuntu, as root). Playwright's own browser
 * download is not used: it is not reachable on every machine.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((p) => existsSync(p));
}

function canApt(): boolean {
  return process.platform === 'linux' && typeof process.getuid === 'function' && process.getuid() === 0 && existsSync('/usr/bin/apt-get');
}

export function ensureChromium(): string {
  const found = findChromium();
  if (found) return found;
  if (canApt()) {
    console.log('Chromium nie jest zainstalowany: instaluję pakiet „chromium” przez apt-get…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
    const installed = findChromium();
    if (installed) return installed;
  }
  throw new Error(
    [
      'Browser tests need Chromium and none was found.',
      '  Debian/Ubuntu: sudo apt-get install chromium',
      '  macOS: brew install --cask chromium',
      '  Or point CHROMIUM_PATH at an installed Chromium or Chrome binary.',
    ].join('\n'),
  );
}

/** Flags for headless Chromium on a closed network (no background connections). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];
