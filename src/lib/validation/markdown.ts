/**
 * Contributed descriptions are plain Markdown: no raw HTML and no links that run code
 * or embed data. The build sanitises anyway (rehype-sanitize); this check tells the
 * contributor early, with the line, instead of silently dropping their text.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';

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

export function checkBody(markdown: string): BodyProblem[] {
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
      const scheme = node.url.replace(/[\u0000-\u0020]/g, '').split(':')[0]?.toLowerCase();
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
