/**
 * Markdown → the text a reader sees, through the Markdown parser (mdast) rather than patterns: each heading,
 * paragraph (a list item's, a quote's too) and code block is one block. Links and images keep their text,
 * emphasis and code marks go, entities and escapes are decoded, and raw HTML is dropped whole (a script's
 * code is not text; contributed bodies may not hold HTML anyway: the validator refuses it).
 * A block boundary always ends a sentence, so a heading without a full stop does not glue onto the next line.
 */
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';

/** A block's text: its inline content with hard line breaks as spaces, no HTML, white space collapsed. */
function blockText(node: Nodes): string {
  return toString(withoutBreaks(node), { includeHtml: false }).replace(/\s+/g, ' ').trim();
}

/** A hard line break is a node without text: it becomes a space, so the words on either side stay apart. */
function withoutBreaks(node: Nodes): Nodes {
  if (node.type === 'break') return { type: 'text', value: ' ' };
  if (!('children' in node)) return node;
  return { ...node, children: node.children.map(withoutBreaks) } as Nodes;
}

function collect(node: Nodes, blocks: string[]): void {
  if (node.type === 'heading' || node.type === 'paragraph' || node.type === 'code') {
    const text = blockText(node);
    if (text) blocks.push(text);
  } else if (node.type !== 'html' && 'children' in node) {
    for (const child of node.children) collect(child, blocks);
  }
}

/** The blocks of a Markdown text, in reading order, without empty ones. */
export function textBlocks(markdown: string): string[] {
  const blocks: string[] = [];
  collect(fromMarkdown(markdown), blocks);
  return blocks;
}

/** A Markdown text as one line of plain text: its blocks joined by a space. */
export function plainText(markdown: string): string {
  return textBlocks(markdown).join(' ');
}

/** The blocks of a Markdown file whose YAML frontmatter, if any, comes first (an informator article). */
export function markdownBlocks(markdown: string): string[] {
  return textBlocks(markdown.replace(/^---\n[\s\S]*?\n---\n?/, ''));
}
