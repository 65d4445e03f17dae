/**
 * Splits a Markdown entry into its YAML frontmatter and body, parses the YAML with the
 * `yaml` package, and finds the line of any field, so a message can say "line 12".
 */
import { isMap, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';

export type Frontmatter =
  | { ok: true; data: unknown; body: string; bodyLine: number; lineOf: (path: readonly PropertyKey[]) => number | undefined }
  | { ok: false; reason: string; line?: number };

const FENCE = /^---[ \t]*$/;

/** Aliases (*name) a file may use; a content file needs none, and thousands are an "alias bomb". */
const MAX_ALIASES = 50;

/** Why a text cannot be read as a content file (binary data, or bytes that are not UTF-8), if it cannot. */
export function textProblem(text: string): string | undefined {
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text)) {
    return 'Plik zawiera znaki binarne, a nie tekst. Zapisz wpis jako zwykły plik tekstowy .md (kodowanie UTF-8).';
  }
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0) {
    const line = text.slice(0, bad).split('\n').length;
    return `Plik nie jest zapisany w kodowaniu UTF-8: w linii ${line} są znaki, których nie da się odczytać (np. polskie litery zapisane w kodowaniu Windows-1250). Zapisz plik ponownie z kodowaniem UTF-8.`;
  }
  return undefined;
}

/** The message when a file is larger than `maxBytes` (checked before parsing it), else undefined. */
export function fileTooLarge(text: string, maxBytes: number, what: string): string | undefined {
  const bytes = text.length > maxBytes ? text.length : text.length * 3 > maxBytes ? new TextEncoder().encode(text).length : text.length;
  if (bytes <= maxBytes) return undefined;
  const kB = (n: number) => `${Math.ceil(n / 1000).toLocaleString('pl-PL')} kB`;
  return `${what} ma ${kB(bytes)}; najwięcej ${kB(maxBytes)}. Sprawdź, czy to właściwy plik, i skróć go (długi opis skróć do najważniejszych informacji).`;
}

export function parseFrontmatter(text: string): Frontmatter {
  const unreadable = textProblem(text);
  if (unreadable) return { ok: false, reason: unreadable };
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (text.trim() === '') {
    return { ok: false, reason: 'Plik jest pusty. Skopiuj szablon wpisu (docs/szablon-wpisu.md) albo użyj formularza na stronie /zglos/.' };
  }
  if (!FENCE.test(lines[0] ?? '')) {
    return {
      ok: false,
      line: 1,
      reason:
        'Plik musi zaczynać się od linii „---”, po której są dane wpisu (nagłówek YAML), a potem znowu „---”. Skopiuj początek z szablonu docs/szablon-wpisu.md.',
    };
  }
  const end = lines.findIndex((l, i) => i > 0 && FENCE.test(l));
  if (end < 0) {
    return { ok: false, line: 1, reason: 'Brak drugiej linii „---”, która kończy dane wpisu. Dodaj ją po ostatnim polu (przed opisem).' };
  }
  const yaml = readYaml(lines.slice(1, end).join('\n'), 1);
  if (!yaml.ok) return yaml;
  return { ...yaml, body: lines.slice(end + 1).join('\n'), bodyLine: end + 2 };
}

export type YamlRead = { ok: true; data: unknown; lineOf: (path: readonly PropertyKey[]) => number | undefined } | { ok: false; reason: string; line?: number };

/** Parses YAML that starts after `lineOffset` lines of its file; `lineOf` answers lines in the whole file. */
export function readYaml(yamlText: string, lineOffset: number): YamlRead {
  const counter = new LineCounter();
  // YAML 1.2 core schema, whatever the file's %YAML directive says: no merge keys (<<), unique plain keys.
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: true, merge: false, stringKeys: true, version: '1.2' });
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    const line = counter.linePos(first.pos[0]).line + lineOffset;
    return { ok: false, line, reason: `Błąd zapisu YAML w linii ${line}: ${yamlHint(first.code)}` };
  }
  let data: unknown;
  try {
    // Mappings become plain objects; a key "__proto__" becomes an own field (the yaml package defines it), never a prototype.
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch {
    const line = firstAliasLine(doc, counter, lineOffset);
    return {
      ok: false,
      ...(line ? { line } : {}),
      reason: `Plik używa zbyt wielu odwołań YAML (aliasów „*nazwa”)${line ? `, pierwsze w linii ${line}` : ''}. Wpis ich nie potrzebuje: wpisz każdą wartość wprost, bez kotwic (&) i aliasów (*).`,
    };
  }
  return { ok: true, data, lineOf: (path) => lineOfPath(doc, counter, path, lineOffset) };
}

function firstAliasLine(doc: Document, counter: LineCounter, lineOffset: number): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias(_, node) {
      offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  return offset === undefined ? undefined : counter.linePos(offset).line + lineOffset;
}

function yamlHint(code: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'to samo pole występuje dwa razy. Zostaw jedno.';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return 'sprawdź wcięcia (same spacje, po dwie na poziom) i dwukropek po nazwie pola.';
    case 'MULTILINE_IMPLICIT_KEY':
    case 'BLOCK_AS_IMPLICIT_KEY':
      return 'po nazwie pola musi być dwukropek i spacja, np. „name: "Nazwa"”.';
    case 'TAB_AS_INDENT':
      return 'wcięcie zrobiono tabulatorem: użyj spacji.';
    default:
      return 'sprawdź cudzysłowy, dwukropki i wcięcia (same spacje). Tekst z dwukropkiem weź w cudzysłów.';
  }
}

/** The 1-based line (in the whole file) of a field; for a missing field, the line of its nearest parent. */
function lineOfPath(doc: Document, counter: LineCounter, path: readonly PropertyKey[], lineOffset: number): number | undefined {
  let node: unknown = doc.contents;
  let found: Node | undefined = (node as Node | null) ?? undefined;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
      if (!pair) break;
      found = (pair.key as Node) ?? found;
      node = pair.value;
      // A nested value is located by its own node when it has one (e.g. a list item).
      if (node && typeof key === 'number') found = node as Node;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as Node | undefined;
      if (!item) break;
      found = item;
      node = item;
    } else break;
  }
  const offset = found?.range?.[0];
  return offset === undefined ? undefined : counter.linePos(offset).line + lineOffset;
}
