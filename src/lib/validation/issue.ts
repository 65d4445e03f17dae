/** One finding of the validator: where (file, line, field), how bad, and what to do, in Polish. */
export type Severity = 'error' | 'warning';

export interface Issue {
  severity: Severity;
  /** Path of the file relative to the project (e.g. content/institutions/…/mops.md). */
  file: string;
  /** 1-based line of the field, when it can be found. */
  line?: number;
  /** The field, as a dotted path (e.g. "address.postal_code"); "" for the whole file. */
  field: string;
  message: string;
}

export const error = (file: string, field: string, message: string, line?: number): Issue => ({
  severity: 'error',
  file,
  field,
  message,
  ...(line ? { line } : {}),
});

export const warning = (file: string, field: string, message: string, line?: number): Issue => ({
  severity: 'warning',
  file,
  field,
  message,
  ...(line ? { line } : {}),
});

/** Errors first, then by file and line, so the output reads top to bottom. */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  const rank = (s: Severity) => (s === 'error' ? 0 : 1);
  return [...issues].sort((a, b) => rank(a.severity) - rank(b.severity) || a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}
