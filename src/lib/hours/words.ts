/** Opening hours in plain Polish: "poniedziałek–piątek: 7:30–15:30". */
import { DAY_NAMES, formatMinutes, type WeekSchedule } from '../../formats/week.ts';

function rangesText(ranges: WeekSchedule[number]): string {
  if (ranges.length === 1 && ranges[0]![0] === 0 && ranges[0]![1] === 1440) return 'całą dobę';
  return ranges.map(([a, b]) => `${formatMinutes(a)}–${formatMinutes(b === 1440 ? 0 : b)}`).join(', ');
}

/** One line per run of consecutive days with the same hours; closed days are named at the end. */
export function describeWeek(week: WeekSchedule): string[] {
  const texts = week.map(rangesText);
  if (texts.every((t) => t === 'całą dobę')) return ['całą dobę, 7 dni w tygodniu'];
  const lines: string[] = [];
  const closed: string[] = [];
  let i = 0;
  while (i < 7) {
    let j = i;
    while (j + 1 < 7 && texts[j + 1] === texts[i]) j++;
    const days = i === j ? DAY_NAMES[i]! : j === i + 1 ? `${DAY_NAMES[i]}, ${DAY_NAMES[j]}` : `${DAY_NAMES[i]}–${DAY_NAMES[j]}`;
    if (texts[i]) lines.push(`${days}: ${texts[i]}`);
    else closed.push(days);
    i = j + 1;
  }
  if (lines.length && closed.length) lines.push(`${closed.join(', ')}: nieczynne`);
  return lines;
}
