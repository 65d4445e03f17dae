/**
 * Markdown → the text a reader sees, as blocks: each heading, list item and paragraph is one block.
 * Covers the Markdown that informator articles use (headings, lists, links, emphasis, quotes, code spans);
 * a block boundary always ends a sentence, so a heading without a full stop does not glue onto the next line.
 */
export function markdownBlocks(markdown: string): string[] {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n?/, '');
  const blocks: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) blocks.push(paragraph.join(' '));
    paragraph = [];
  };
  for (const raw of body.split('\n')) {
    const line = raw.trim();
    if (!line || /^(-{3,}|\*{3,}|_{3,})$/.test(line)) {
      flush();
      continue;
    }
    const block = /^(#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s*)/.exec(line);
    if (block) {
      flush();
      paragraph.push(inlineText(line.slice(block[0].length)));
      // A heading is a block of its own; a list item or quote may continue on the next lines.
      if (block[0].startsWith('#')) flush();
    } else {
      paragraph.push(inlineText(line));
    }
  }
  flush();
  return blocks.filter((b) => b.length > 0);
}

/** Inline Markdown → text: links keep their text, emphasis and code marks go, HTML tags go. */
export function inlineText(line: string): string {
  return line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/(\*\*|__|\*|_|`)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/\s+/g, ' ')
    .trim();
}
