/** "Open now" in words for a result, from the precomputed week (no opening_hours library in the browser). */
import { openState } from '../hours/open-now.ts';
import type { WeekSchedule } from '../../formats/week.ts';

export function openLabel(week: WeekSchedule | undefined, now: Date): { open: boolean | null; text: string } {
  if (!week) return { open: null, text: 'Godziny otwarcia: brak informacji' };
  const state = openState(week, now);
  if (!state.open) return { open: false, text: 'Teraz zamknięte' };
  return { open: true, text: state.until ? `Teraz otwarte, do ${state.until}` : 'Teraz otwarte, całą dobę' };
}
