/**
 * Finds the external programs a source file starts: child_process calls (exec, execFile,
 * execFileSync, execSync, spawn, spawnSync, fork, and the project's `run()` wrapper),
 * literal /bin/… and /usr/bin/… paths, and the commands of a shell script.
 */

export interface Spawned {
  file: string;
  line: number;
  /** The program's name (a path's last part); `?` when the code passes it in a variable. */
  program: string;
  /** The code that starts it, for the message. */
  code: string;
}

const CALL = /(?<![\w$.])(?:(?:child_process|childProcess|cp)\.)?(execFileSync|execFile|execSync|exec|spawnSync|spawn|fork)\s*\(/g;
const RUN_CALL = /(?<![\w$.])run\s*\(/g;
const BIN_PATH = /(?<![\w.-])\/(?:usr\/)?(?:local\/)?s?bin\/([\w.+-]+)/g;
const IMPORTS_CHILD_PROCESS = /from\s+['"](?:node:)?child_process['"]|require\(\s*['"](?:node:)?child_process['"]\s*\)/;
const IMPORTS_RUN = /import\s*\{[^}]*\brun\b[^}]*\}\s*from\s*['"][./]*(?:scripts\/)?lib\/run(?:\.ts)?['"]/;

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** The first argument of a call whose "(" ends at `open`: the text up to the first top-level comma or ")". */
function firstArgument(text: string, open: number): string {
  let depth = 0;
  let quote = '';
  for (let i = open; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) return text.slice(open, i).trim();
      depth--;
    } else if (c === ',' && depth === 0) return text.slice(open, i).trim();
  }
  return text.slice(open).trim();
}

const baseName = (path: string) => path.split('/').pop() ?? path;

/** The program a call's first argument names; undefined when it is this project's own Node. */
function programOf(fn: string, arg: string): string | undefined {
  if (/^process\.execPath$/.test(arg)) return undefined;
  const literal = /^(['"`])([^'"`]*)\1$/.exec(arg)?.[2];
  if (literal === undefined) return '?';
  // exec and execSync take a whole command line: its first word is the program.
  const program = fn === 'exec' || fn === 'execSync' ? (literal.trim().split(/\s+/)[0] ?? '') : literal;
  if (/^(\.\/)?node_modules\/\.bin\//.test(program)) return undefined;
  return baseName(program);
}

/** Programs started by JavaScript or TypeScript source. */
export function spawnedInCode(file: string, text: string): Spawned[] {
  const found: Spawned[] = [];
  const calls: [RegExp, boolean][] = [
    [CALL, IMPORTS_CHILD_PROCESS.test(text)],
    [RUN_CALL, IMPORTS_RUN.test(text)],
  ];
  for (const [pattern, active] of calls) {
    if (!active) continue;
    for (const m of text.matchAll(pattern)) {
      const fn = m[1] ?? 'run';
      const arg = firstArgument(text, m.index + m[0].length);
      const program = programOf(fn, arg);
      if (program) found.push({ file, line: lineAt(text, m.index), program, code: `${fn}(${arg}, …)` });
    }
  }
  found.push(...binPaths(file, text));
  return found;
}

/** Literal /bin/… and /usr/bin/… paths, in any file. */
export function binPaths(file: string, text: string): Spawned[] {
  return [...text.matchAll(BIN_PATH)].map((m) => ({ file, line: lineAt(text, m.index), program: m[1]!, code: m[0] }));
}

const SHELL_KEYWORDS = new Set(['if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'while', 'until', 'for', 'in', 'case', 'esac', '!', '{', '}']);

/** The commands of a shell script: the first word of each pipeline stage, after keywords and assignments. */
export function spawnedInShell(file: string, text: string): Spawned[] {
  const found: Spawned[] = [...binPaths(file, text)];
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/(^|\s)#.*$/, '').replace(/"[^"]*"|'[^']*'/g, '""');
    for (const stage of line.split(/\|\||&&|[|;]|\$\(|`/)) {
      const words = stage.trim().split(/\s+/).filter(Boolean);
      const command = words.find((w) => !SHELL_KEYWORDS.has(w) && !/^\w+=/.test(w) && !/^[)"'<>0-9&]/.test(w));
      // "[ … ]" is the shell's own test.
      if (command && command !== '[' && command !== '[[' && /^[\w./-]+$/.test(command))
        found.push({ file, line: i + 1, program: baseName(command), code: raw.trim() });
    }
  });
  return found;
}
