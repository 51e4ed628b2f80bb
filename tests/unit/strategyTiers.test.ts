import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkExhibits, citedParagraph, ownWordsProblems, parseArticle } from '../../src/content/citations';
import type { ParsedArticle } from '../../src/content/citations';
import { exhibits, findExhibit } from '../../src/content/exhibits';
import { exhibitsSchema, parseContent } from '../../src/content/schema';
import type { Exhibit } from '../../src/content/schema';
import { tierColumnAt, tierColumns } from '../../src/layout/tierBoard';

let article: ParsedArticle;
beforeAll(() => {
  article = parseArticle(readFileSync(path.resolve(process.cwd(), '../shared/seed/article.txt'), 'utf8'));
});

const wall = () => findExhibit('strategy-wall')!;
const copy = (): Exhibit[] => structuredClone(exhibits) as Exhibit[];
const wallIndex = exhibits.findIndex((e) => e.id === 'strategy-wall');

describe('the strategy wall’s tiers', () => {
  it('are 稳五, 进三 and 布二 with five, three and two industries', () => {
    expect(wall().parts.map((p) => [p.id, p.name.zh, p.items?.length])).toEqual([
      ['stabilise-five', '稳五', 5],
      ['advance-three', '进三', 3],
      ['plant-two', '布二', 2],
    ]);
  });

  it('cite the strategy section’s paragraph of each tier, and every industry is named there', () => {
    wall().parts.forEach((p, i) => {
      expect(p.citation).toMatchObject({ section: 'strategy', paragraph: i + 2 });
      const text = citedParagraph(article, p.citation!)!;
      for (const item of p.items!) expect(text, item.zh).toContain(item.zh);
    });
    expect(checkExhibits(exhibits, article)).toEqual([]);
    expect(ownWordsProblems(exhibits, article)).toEqual([]);
  });

  it('tie each of the wall’s figures to a tier', () => {
    const matches = (part: string | undefined) =>
      wall()
        .figures.filter((f) => f.part === part)
        .map((f) => f.match);
    expect(matches(undefined)).toEqual([]);
    expect(matches('stabilise-five')).toEqual(['15条重点产业链', '9.0%', '5个产业集群']);
    expect(matches('advance-three')).toEqual(['200亿元', '一区两基地', '半壁江山']);
    expect(matches('plant-two')).toEqual([]);
  });

  it('flags an industry that is not in the tier’s paragraph, and a bad tier citation', () => {
    const broken = copy();
    broken[wallIndex]!.parts[2]!.items![0]!.zh = '人工智能';
    broken[wallIndex]!.parts[1]!.citation = { section: 'strategy', paragraph: 2, anchor: '三大新兴产业' };
    const problems = checkExhibits(broken, article);
    expect(problems).toContain(
      `${wallIndex}(strategy-wall).parts.2.items.0: "人工智能" does not occur in strategy ¶4`,
    );
    expect(problems.some((p) => p.startsWith(`${wallIndex}(strategy-wall).parts.1.citation: anchor`))).toBe(
      true,
    );
    // The industries listed under 进三 are now checked against ¶2, where they do not occur.
    expect(
      problems.some((p) => p.includes('parts.1.items.1: "数字经济" does not occur in strategy ¶2')),
    ).toBe(true);
  });

  it('rejects a figure tied to a part the exhibit does not have', () => {
    const broken = copy();
    broken[wallIndex]!.figures[0]!.part = 'stabilise-six';
    expect(() => parseContent(exhibitsSchema, broken, 'bad part')).toThrow(
      /figures\.0\.part: figure names part stabilise-six/,
    );
  });
});

describe('tier board columns', () => {
  it('splits the face into equal columns inside the margins, and finds the column under a point', () => {
    const cols = tierColumns(3);
    expect(cols).toHaveLength(3);
    cols.forEach((c, i) => {
      expect(c.right - c.left).toBeCloseTo(cols[0]!.right - cols[0]!.left, 9);
      if (i > 0) expect(c.left).toBeCloseTo(cols[i - 1]!.right, 9);
      expect(tierColumnAt(c.centre, 3)).toBe(i);
    });
    expect(cols[0]!.left).toBeGreaterThan(0);
    expect(cols[2]!.right).toBeLessThan(1);
    expect(tierColumnAt(0, 3)).toBe(0);
    expect(tierColumnAt(1, 3)).toBe(2);
  });
});
