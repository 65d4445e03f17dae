/** A source date in Polish words, as precise as it was given: "2019 r.", "czerwiec 2024", "15 czerwca 2024". */
import { formatDatePl } from '../../i18n/index.ts';

const MONTHS = ['styczeń', 'luty', 'marzec', 'kwiecień', 'maj', 'czerwiec', 'lipiec', 'sierpień', 'wrzesień', 'październik', 'listopad', 'grudzień'];

export function sourceDateWords(date: string): string {
  if (/^\d{4}$/.test(date)) return `${date} r.`;
  const month = /^(\d{4})-(\d{2})$/.exec(date);
  if (month) return `${MONTHS[Number(month[2]) - 1]} ${month[1]}`;
  return formatDatePl(date);
}
