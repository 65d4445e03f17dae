/**
 * Quick exit ("Szybkie wyjście"): the button on every page, or Escape pressed twice within a second,
 * replaces this page with a neutral one. `location.replace` swaps the current history entry, so
 * the Back button does not return to the page the person was reading.
 * The target is the href of the link (src/components/QuickExit.astro): one place for it.
 */
const DOUBLE_PRESS_MS = 1000;

function leave(target: string): void {
  // Hide the page at once: on a slow connection the neutral page may take a moment to appear.
  document.documentElement.style.visibility = 'hidden';
  document.title = '';
  location.replace(target);
}

const link = document.querySelector<HTMLAnchorElement>('a[data-quick-exit]');
if (link) {
  const target = link.href;
  link.addEventListener('click', (event) => {
    // Let modified clicks (new tab) behave as links do; a plain click or Enter leaves at once.
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    leave(target);
  });

  let lastEscape = 0;
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.repeat) return;
    const now = event.timeStamp;
    if (lastEscape && now - lastEscape <= DOUBLE_PRESS_MS) leave(target);
    else lastEscape = now;
  });
}
