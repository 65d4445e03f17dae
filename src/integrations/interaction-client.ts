/** Browser side of `client:interaction` (see interaction-directive.ts). */
import type { ClientDirective } from 'astro';

const EVENTS = ['pointerdown', 'focusin', 'keydown', 'touchstart'] as const;

const interaction: ClientDirective = (load, _options, el) => {
  let started = false;
  const start = async () => {
    if (started) return;
    started = true;
    for (const e of EVENTS) el.removeEventListener(e, start);
    const hydrate = await load();
    await hydrate();
  };
  if (location.search.length > 1) {
    void start();
    return;
  }
  for (const e of EVENTS) el.addEventListener(e, start, { passive: true });
};

export default interaction;
