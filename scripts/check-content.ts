import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Where the source article lives, relative to the repository root. */
export const articlePath = path.resolve(import.meta.dirname, '../../shared/seed/article.txt');

/**
 * Loads and checks every content module: the zod schemas (each module parses its data when loaded and
 * throws naming the field path), then citations, figures, quotes and own words against the article when
 * it is present. Returns the problems (the build fails on any) and warnings.
 */
export async function checkContent(): Promise<{ problems: string[]; warnings: string[] }> {
  let content;
  try {
    content = await Promise.all([
      import('../src/content/zones'),
      import('../src/content/exhibits'),
      import('../src/content/tour'),
      import('../src/content/instrumentCategories'),
      import('../src/content/article'),
      import('../src/content/citations'),
    ]);
  } catch (e) {
    return { problems: [e instanceof Error ? e.message : String(e)], warnings: [] };
  }
  const [{ zones }, { exhibits }, { tourStops }, { instrumentCategories }, { articleSections }, citations] =
    content;
  if (!existsSync(articlePath))
    return {
      problems: [],
      warnings: [`The article is not at ${articlePath}; citations were not checked against it.`],
    };
  const article = citations.parseArticle(readFileSync(articlePath, 'utf8'));
  const beyondPanels = citations.ownWordsTextsBeyondPanels({
    zones,
    tourStops,
    sections: articleSections,
    categories: instrumentCategories,
  });
  const problems = [
    ...citations.checkExhibits(exhibits, article),
    ...citations.ownWordsProblems(exhibits, article),
    ...citations.ownWordsProblemsIn(beyondPanels, article, citations.factNames(exhibits)),
  ];
  return { problems, warnings: [] };
}
