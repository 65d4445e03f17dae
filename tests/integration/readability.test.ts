/**
 * Every informator article is written in plain Polish: short sentences, few long words, every abbreviation
 * explained at its first use. Thresholds and their reasons: src/lib/readability/report.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { measure, measureArticle, problems, THRESHOLDS } from '../../src/lib/readability/report.ts';
import { frontmatter } from '../helpers/fixtures.ts';

const DIR = 'content/informator';
const articles = readdirSync(DIR)
  .filter((f) => f.endsWith('.md'))
  .map((file) => {
    const markdown = readFileSync(`${DIR}/${file}`, 'utf8');
    const data = frontmatter(markdown) as { title: string; summary: string };
    return { file, data, result: measureArticle(data.title, data.summary, markdown) };
  });

describe('informator readability', () => {
  it('has articles to check', () => {
    expect(articles.length).toBeGreaterThanOrEqual(14);
  });

  it.each(articles.map((a) => [a.file, a] as const))('%s is plain Polish', (_file, { result }) => {
    console.log(
      `${_file}: ${result.sentences} zdań, średnio ${result.averageWords.toFixed(1)} słów, najdłuższe ${result.maxWords}, ` +
        `długie słowa ${(100 * result.longWordShare).toFixed(1)}%, FOG-PL ${result.fog.toFixed(1)}`,
    );
    expect(problems(result)).toEqual([]);
    expect(result.averageWords).toBeLessThanOrEqual(THRESHOLDS.averageWords);
  });

  it('has a summary of at most three sentences', () => {
    for (const { file, data } of articles) {
      expect(measure([data.summary]).sentences, file).toBeLessThanOrEqual(3);
    }
  });
});
