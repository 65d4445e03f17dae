/** Output of the validator: for people (Polish), as JSON, or as GitHub Actions annotations; and the exit code. */
import { count } from '../../i18n/index.ts';
import type { Issue } from './issue.ts';

export type Format = 'text' | 'json' | 'github';
export const FORMATS: readonly Format[] = ['text', 'json', 'github'];

const where = (i: Issue) => `${i.file}${i.line ? `:${i.line}` : ''}`;

export function formatText(issues: readonly Issue[], checkedFiles: number): string {
  const lines = issues.map((i) => `${i.severity === 'error' ? 'BŁĄD' : 'UWAGA'} ${where(i)}${i.field ? ` [${i.field}]` : ''}\n  ${i.message}`);
  return [...lines, summaryLine(issues, checkedFiles)].join('\n');
}

/** "Sprawdzono 24 pliki: 1 błąd, 0 uwag." */
export function summaryLine(issues: readonly Issue[], checkedFiles: number): string {
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  const files = count(checkedFiles, 'file');
  const summary =
    issues.length === 0 ? `Sprawdzono ${files}: wszystko w porządku.` : `Sprawdzono ${files}: ${count(errors, 'error')}, ${count(warnings, 'warning')}.`;
  return summary;
}

export function formatJson(issues: readonly Issue[]): string {
  return JSON.stringify(
    { errors: issues.filter((i) => i.severity === 'error').length, warnings: issues.filter((i) => i.severity === 'warning').length, issues },
    null,
    2,
  );
}

/** GitHub's workflow commands: properties and message escaped as the runner expects. */
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function formatGithub(issues: readonly Issue[]): string {
  return issues
    .map((i) => {
      const props = [`file=${escapeProperty(i.file)}`, ...(i.line ? [`line=${i.line}`] : []), `title=${escapeProperty(i.field || 'plik')}`].join(',');
      return `::${i.severity} ${props}::${escapeData(i.message)}`;
    })
    .join('\n');
}

/** 1 when there is an error; 2 with --strict when there are only warnings; else 0. */
export function exitCode(issues: readonly Issue[], strict: boolean): 0 | 1 | 2 {
  if (issues.some((i) => i.severity === 'error')) return 1;
  if (strict && issues.length > 0) return 2;
  return 0;
}
