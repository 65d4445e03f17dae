import { describe, expect, it, vi } from 'vitest';
import { afterFirstInteraction, FIRST_INTERACTION, mayPreloadOnIdle, type IdleScheduler } from './pdf-engine.ts';

/** An idle scheduler the test runs by hand: `idle()` is the browser becoming idle. */
function fakeIdle() {
  const queued = new Set<() => void>();
  const scheduler: IdleScheduler = vi.fn((run: () => void) => {
    queued.add(run);
    return () => queued.delete(run);
  });
  const idle = () => {
    for (const run of [...queued]) {
      queued.delete(run);
      run();
    }
  };
  return { scheduler, idle, queued };
}

function setUp() {
  const target = new EventTarget();
  const { scheduler, idle, queued } = fakeIdle();
  const start = vi.fn();
  const cancel = afterFirstInteraction(target, scheduler, start);
  return { target, scheduler, idle, queued, start, cancel };
}

describe('the PDF engine warm-up waits for the assistant', () => {
  it('does nothing while nobody touches the page, however idle the browser is', () => {
    const { target, scheduler, idle, start } = setUp();
    idle();
    for (const type of ['scroll', 'pointermove', 'focusin', 'load', 'visibilitychange']) target.dispatchEvent(new Event(type));
    idle();
    expect(scheduler).not.toHaveBeenCalled();
    expect(start).not.toHaveBeenCalled();
  });

  it.each(FIRST_INTERACTION)('starts after the first %s, once the browser is idle', (type) => {
    const { target, idle, start } = setUp();
    target.dispatchEvent(new Event(type));
    expect(start).not.toHaveBeenCalled();
    idle();
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('starts once, whatever the assistant does next', () => {
    const { target, scheduler, idle, start } = setUp();
    target.dispatchEvent(new Event('pointerdown'));
    target.dispatchEvent(new Event('keydown'));
    target.dispatchEvent(new Event('pointerdown'));
    idle();
    target.dispatchEvent(new Event('keydown'));
    idle();
    expect(scheduler).toHaveBeenCalledTimes(1);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('listens in the capture phase, so a widget that stops the event cannot hide it', () => {
    const target = new EventTarget();
    const add = vi.spyOn(target, 'addEventListener');
    afterFirstInteraction(target, fakeIdle().scheduler, () => undefined);
    expect(add.mock.calls.map(([type, , options]) => [type, (options as AddEventListenerOptions).capture])).toEqual([
      ['pointerdown', true],
      ['keydown', true],
    ]);
  });

  it('cancelled before any interaction (the builder closed), it stops listening and never starts', () => {
    const { target, scheduler, idle, start, cancel } = setUp();
    cancel();
    target.dispatchEvent(new Event('keydown'));
    idle();
    expect(scheduler).not.toHaveBeenCalled();
    expect(start).not.toHaveBeenCalled();
  });

  it('cancelled between the interaction and idle time, it does not start', () => {
    const { target, idle, queued, start, cancel } = setUp();
    target.dispatchEvent(new Event('pointerdown'));
    expect(queued.size).toBe(1);
    cancel();
    expect(queued.size).toBe(0);
    idle();
    expect(start).not.toHaveBeenCalled();
  });
});

describe('mayPreloadOnIdle', () => {
  const nav = (connection?: { saveData?: boolean; effectiveType?: string }) => ({ connection }) as unknown as Navigator;

  it('fetches the engine unasked on an ordinary connection, or when the browser does not say', () => {
    expect(mayPreloadOnIdle(nav())).toBe(true);
    expect(mayPreloadOnIdle(nav({ effectiveType: '4g' }))).toBe(true);
    expect(mayPreloadOnIdle(nav({ effectiveType: '3g', saveData: false }))).toBe(true);
  });

  it('never when the device saves data or the connection is 2G', () => {
    expect(mayPreloadOnIdle(nav({ saveData: true, effectiveType: '4g' }))).toBe(false);
    expect(mayPreloadOnIdle(nav({ effectiveType: '2g' }))).toBe(false);
    expect(mayPreloadOnIdle(nav({ effectiveType: 'slow-2g' }))).toBe(false);
  });
});
