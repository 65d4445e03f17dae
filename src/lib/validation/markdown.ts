/**
 * Contributed descriptions are plain Markdown: no raw HTML and no links that run code
 * or embed data. The build sanitises anyway (rehype-sanitize); this check tells the
 * contributor early, with the line, instead of silently dropping their text.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { tooLongText } from '../../schemas/fields.ts';
import { LIMITS } from '../../schemas/limits.ts';

export interface BodyProblem {
  /** 1-based line within the body. */
  line: number;
  message: string;
}

const SAFE_PROTOCOLS = /^(https?:|mailto:|tel:)/i;

/** A URL is safe when it is relative or uses http(s), mailto or tel (after removing what browsers ignore). */
export function isSafeUrl(url: string): boolean {
  const cleaned = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  if (!/^[a-z][a-z0-9+.-]*:/i.test(cleaned)) return true; // relative: /placowki/, #kontakt
  return SAFE_PROTOCOLS.test(cleaned);
}

interface MdNode {
  type: string;
  url?: string;
  value?: string;
  children?: MdNode[];
  position?: { start: { line: number } };
}

/** Checks a Markdown body of at most `maxLength` characters (an institution's description unless said). */
export function checkBody(markdown: string, maxLength: number = LIMITS.text.institution_body): BodyProblem[] {
  const text = markdown.trim();
  // A body over the limit is not parsed at all: the length is the one thing to fix.
  if (text.length > maxLength) {
    return [
      {
        line: 1,
        message: tooLongText(
          'Opis (tekst pod nagłówkiem)',
          maxLength,
          'Skróć go do najważniejszych informacji: co placówka robi, dla kogo i jak się zgłosić.',
        )({ input: text }),
      },
    ];
  }
  const problems: BodyProblem[] = [];
  const visit = (node: MdNode) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'html') {
      problems.push({
        line,
        message: `Opis zawiera kod HTML („${(node.value ?? '').trim().slice(0, 40)}”). Używaj zwykłego tekstu i Markdown, np. **pogrubienie**, [link](https://…).`,
      });
    }
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && node.url !== undefined && !isSafeUrl(node.url)) {
      const scheme = node.url
        .replace(/[\u0000-\u0020]/g, '')
        .split(':')[0]
        ?.toLowerCase();
      problems.push({
        line,
        message: `Opis zawiera niedozwolony link „${scheme}:”. Linki mogą prowadzić tylko do stron https:// (lub http://), adresów e-mail (mailto:) i numerów telefonu (tel:).`,
      });
    }
    node.children?.forEach(visit);
  };
  visit(fromMarkdown(markdown) as MdNode);
  return problems;
}
