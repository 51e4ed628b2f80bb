/**
 * Ties panel content to the article text: splits the article into sections and numbered paragraphs
 * (the rule is documented on `articleSections` in article.ts) and checks exhibits against it —
 * citations, figures, quotes and the own-words rule. Pure: takes the article as a string, so the unit
 * test (which reads ../shared/seed/article.txt) and a build-time check can share it.
 */
import { articleSections } from './article';
import { articleSectionIds } from './schema';
import type { ArticleSectionId, Citation, Exhibit, LocalizedText } from './schema';

/** Heading and printed flag per section, as in articleSections (replaceable to test the checks). */
export type SectionHeadings = Record<ArticleSectionId, { heading: string; printed: boolean }>;

/** The article split into sections of numbered paragraphs. */
export interface ParsedArticle {
  /** Paragraphs of each section, layout line-wraps mended; paragraph n is index n − 1. */
  sections: Record<ArticleSectionId, string[]>;
  /** Sections whose heading is printed in the article but was not found as a block of its own. */
  missingHeadings: ArticleSectionId[];
  /** True when the paragraphs under the gathering heading repeated the strategy section and were dropped. */
  droppedDuplicate: boolean;
  /** The whole article with all whitespace removed (verbatim checks that may span line breaks). */
  compact: string;
  /** The whole article without whitespace and punctuation (the own-words comparison, see ownWordsForm). */
  ownWords: string;
}

/** Minimum length of the first body block; shorter blocks before it are front matter. */
export const bodyStartMinChars = 60 as const;
/** Shared runs of this many characters or more between panel text and the article break the own-words rule. */
export const ownWordsRunLimit = 12 as const;

const removeWhitespace = (s: string) => s.replace(/\s+/g, '');
const endsSentence = (s: string) => /[。！？!?…][”’」』）)"']*$/.test(s);
const isCaption = (s: string) => /。(?:[(（]资料图片[)）])?$/.test(s);

/** Cuts text into blocks at blank (whitespace-only) lines; each block's lines are trimmed. */
export function splitBlocks(text: string): string[] {
  const blocks: string[] = [];
  let current: string[] = [];
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (line) current.push(line);
    else if (current.length) {
      blocks.push(current.join('\n'));
      current = [];
    }
  }
  if (current.length) blocks.push(current.join('\n'));
  return blocks;
}

/** Splits the article into sections and paragraphs by the rule documented on articleSections. */
export function parseArticle(text: string, headings: SectionHeadings = articleSections): ParsedArticle {
  const headingOf = new Map<string, ArticleSectionId>();
  for (const id of articleSectionIds)
    if (headings[id].printed) headingOf.set(removeWhitespace(headings[id].heading), id);

  const blocks = splitBlocks(text);
  const isHeading = (b: string) => headingOf.has(removeWhitespace(b));
  let bodyStart = blocks.findIndex((b) => !isHeading(b) && removeWhitespace(b).length >= bodyStartMinChars);
  if (bodyStart < 0) bodyStart = blocks.length;

  const sections = Object.fromEntries(articleSectionIds.map((id) => [id, [] as string[]])) as Record<
    ArticleSectionId,
    string[]
  >;
  sections.captions = blocks.slice(0, bodyStart).filter((b) => !isHeading(b) && isCaption(b));

  // Mend layout line-wraps and group paragraphs under the heading they follow ('pre' = before any).
  const found = new Set<ArticleSectionId>();
  const groups = new Map<ArticleSectionId | 'pre', string[]>([['pre', []]]);
  let group: ArticleSectionId | 'pre' = 'pre';
  let open = false; // the last paragraph of the current group has not ended its sentence
  for (const block of blocks.slice(bodyStart)) {
    const heading = headingOf.get(removeWhitespace(block));
    if (heading) {
      found.add(heading);
      group = heading;
      if (!groups.has(group)) groups.set(group, []);
      open = false;
      continue;
    }
    const paragraphs = groups.get(group)!;
    const text = block.replace(/\n/g, '');
    if (open) paragraphs[paragraphs.length - 1] += text;
    else paragraphs.push(text);
    open = !endsSentence(paragraphs[paragraphs.length - 1]!);
  }

  const pre = groups.get('pre')!;
  const underGathering = groups.get('gathering') ?? [];
  const strategy = groups.get('strategy') ?? [];
  const droppedDuplicate =
    underGathering.length > 0 &&
    underGathering.length === strategy.length &&
    underGathering.every((p, i) => p === strategy[i]);
  sections.lead = pre.slice(0, 1);
  sections.gathering = [...pre.slice(1), ...(droppedDuplicate ? [] : underGathering)];
  sections.strategy = strategy;
  sections.fusion = groups.get('fusion') ?? [];
  sections.logic = groups.get('logic') ?? [];

  return {
    sections,
    missingHeadings: articleSectionIds.filter((id) => headings[id].printed && !found.has(id)),
    droppedDuplicate,
    compact: removeWhitespace(text),
    ownWords: ownWordsForm(text),
  };
}

/** The paragraph a citation points at, or undefined when the section or paragraph does not exist. */
export function citedParagraph(article: ParsedArticle, citation: Citation): string | undefined {
  if (!Object.hasOwn(article.sections, citation.section)) return undefined;
  return article.sections[citation.section][citation.paragraph - 1];
}

/** Where else a snippet occurs, as "section ¶n" strings (for helpful error messages). */
function locate(article: ParsedArticle, snippet: string): string[] {
  const hits: string[] = [];
  for (const id of articleSectionIds)
    article.sections[id].forEach((p, i) => {
      if (p.includes(snippet)) hits.push(`${id} ¶${i + 1}`);
    });
  return hits;
}

/**
 * Problems with one citation: unknown section, section heading not in the article, paragraph number
 * out of range, or anchor not in that paragraph. `where` prefixes each message (a field path).
 */
export function checkCitation(
  article: ParsedArticle,
  citation: Citation,
  where: string,
  headings: SectionHeadings = articleSections,
): string[] {
  const { section, paragraph, anchor } = citation;
  if (!(articleSectionIds as readonly string[]).includes(section))
    return [`${where}: unknown article section "${section}"`];
  if (article.missingHeadings.includes(section))
    return [
      `${where}: heading of section ${section} ("${headings[section].heading}") not found in the article`,
    ];
  const text = citedParagraph(article, citation);
  if (text === undefined)
    return [
      `${where}: section ${section} has ${article.sections[section].length} paragraphs, not ¶${paragraph}`,
    ];
  if (!text.includes(anchor)) {
    const elsewhere = locate(article, anchor);
    return [
      `${where}: anchor "${anchor}" is not in ${section} ¶${paragraph}` +
        (elsewhere.length ? ` (found in ${elsewhere.join(', ')})` : ' (nor anywhere in the article)'),
    ];
  }
  return [];
}

/** Number of sentences in a text: sentence-ending marks (。！？!?), counting an unterminated tail as one. */
export function sentenceCount(text: string): number {
  const parts = text
    .trim()
    .split(/[。！？!?]+/)
    .filter((s) => s.replace(/[\s”’」』）)"']/g, '').length > 0);
  return parts.length;
}

/**
 * Problems with exhibits against the article: every citation (exhibit, figure, part, quote) resolves and
 * its anchor is in the cited paragraph; every article figure's `match` is in its paragraph (the figure's own
 * citation, else the exhibit's); every name a part lists is in the part's paragraph; every quote is
 * verbatim in its cited paragraph, one sentence at most, and a speaker never has two different quotes.
 * Returns [] when all is well.
 */
export function checkExhibits(
  exhibits: readonly Exhibit[],
  article: ParsedArticle,
  headings: SectionHeadings = articleSections,
): string[] {
  const problems: string[] = [];
  const quotesBySpeaker = new Map<string, Set<string>>();
  exhibits.forEach((exhibit, i) => {
    const at = `${i}(${exhibit.id})`;
    problems.push(...checkCitation(article, exhibit.citation, `${at}.citation`, headings));

    exhibit.figures.forEach((figure, j) => {
      if (figure.source !== 'article') return;
      const citation = figure.citation ?? exhibit.citation;
      const where = `${at}.figures.${j}`;
      if (figure.citation)
        problems.push(...checkCitation(article, figure.citation, `${where}.citation`, headings));
      const text = citedParagraph(article, citation);
      if (text === undefined) return; // reported by the citation check
      if (!figure.match || !text.includes(figure.match))
        problems.push(
          `${where}.match: "${figure.match ?? ''}" does not occur in ${citation.section} ¶${citation.paragraph}`,
        );
    });

    exhibit.parts.forEach((part, j) => {
      const where = `${at}.parts.${j}`;
      if (part.citation)
        problems.push(...checkCitation(article, part.citation, `${where}.citation`, headings));
      const citation = part.citation ?? exhibit.citation;
      const text = citedParagraph(article, citation);
      if (text === undefined) return; // reported by the citation check
      part.items?.forEach((item, k) => {
        if (!text.includes(item.zh))
          problems.push(
            `${where}.items.${k}: "${item.zh}" does not occur in ${citation.section} ¶${citation.paragraph}`,
          );
      });
    });

    const quote = exhibit.quote;
    if (!quote) return;
    const where = `${at}.quote`;
    problems.push(...checkCitation(article, quote.citation, `${where}.citation`, headings));
    const text = citedParagraph(article, quote.citation);
    if (text !== undefined && !text.includes(quote.zh))
      problems.push(
        `${where}.zh: not verbatim in ${quote.citation.section} ¶${quote.citation.paragraph}` +
          (article.compact.includes(quote.zh.replace(/\s+/g, '')) ? ' (it is elsewhere in the article)' : ''),
      );
    if (sentenceCount(quote.zh) > 1) problems.push(`${where}.zh: a quote may be one sentence at most`);
    const speaker = quote.speaker.zh;
    const said = quotesBySpeaker.get(speaker) ?? new Set<string>();
    said.add(quote.zh);
    quotesBySpeaker.set(speaker, said);
  });
  for (const [speaker, said] of quotesBySpeaker)
    if (said.size > 1)
      problems.push(`quotes: ${speaker} is quoted ${said.size} different ways; one quote per person`);
  return problems;
}

/** Every Chinese panel text of an exhibit that must be in our own words (quotes and anchors excluded). */
export function panelTexts(exhibit: Exhibit): { path: string; text: string }[] {
  const texts = [
    { path: 'title.zh', text: exhibit.title.zh },
    { path: 'role.zh', text: exhibit.role.zh },
    { path: 'measures.zh', text: exhibit.measures.zh },
    { path: 'howItWorks.zh', text: exhibit.howItWorks.zh },
    { path: 'whyItMatters.zh', text: exhibit.whyItMatters.zh },
  ];
  if (exhibit.demo)
    texts.push(
      { path: 'demo.title.zh', text: exhibit.demo.title.zh },
      { path: 'demo.intro.zh', text: exhibit.demo.intro.zh },
      ...exhibit.demo.steps.map((s, j) => ({ path: `demo.steps.${j}.zh`, text: s.zh })),
    );
  exhibit.parts.forEach((p, j) => {
    texts.push(
      { path: `parts.${j}.name.zh`, text: p.name.zh },
      { path: `parts.${j}.text.zh`, text: p.text.zh },
    );
  });
  exhibit.figures.forEach((f, j) => {
    texts.push(
      { path: `figures.${j}.label.zh`, text: f.label.zh },
      { path: `figures.${j}.value.zh`, text: f.value.zh },
    );
    if (f.note) texts.push({ path: `figures.${j}.note.zh`, text: f.note.zh });
  });
  return texts;
}

/**
 * Names the content states as facts and checks verbatim against the article elsewhere: every article
 * figure's `match` and every name a part lists (e.g. the five established industries). A name is a fact,
 * not a sentence: a shared run made of such names alone (a list of industries) is not copied prose.
 */
export function factNames(exhibits: readonly Exhibit[]): string[] {
  const names = new Set<string>();
  for (const e of exhibits) {
    for (const f of e.figures) if (f.match) names.add(f.match);
    for (const p of e.parts) for (const item of p.items ?? []) names.add(item.zh);
  }
  return [...names];
}

/** Characters the own-words comparison ignores: whitespace and punctuation (、，。；：“”‘’ and ASCII alike). */
const ignoredForOwnWords = /[\s\p{P}]/u;

/** Text reduced for the own-words comparison: whitespace and punctuation removed, so 、 and ， compare equal. */
export function ownWordsForm(text: string): string {
  return Array.from(text)
    .filter((c) => !ignoredForOwnWords.test(c))
    .join('');
}

/**
 * The longest run of at least minLength consecutive characters that text shares with the article, compared
 * without whitespace and punctuation (see ownWordsForm); undefined if there is none. A run made up only
 * of occurrences of `facts` (names, see factNames) does not count. The run is returned as written in text.
 */
export function longestSharedRun(
  text: string,
  article: ParsedArticle,
  minLength: number = ownWordsRunLimit,
  facts: readonly string[] = [],
): string | undefined {
  const chars = Array.from(text);
  const inFact = new Array<boolean>(chars.length).fill(false);
  for (const fact of facts) {
    const len = Array.from(fact).length;
    for (let i = 0; len > 0 && i + len <= chars.length; i++)
      if (chars.slice(i, i + len).join('') === fact) inFact.fill(true, i, i + len);
  }
  // The characters compared, with their index in text.
  const kept = chars.flatMap((c, at) => (ignoredForOwnWords.test(c) ? [] : [{ c, at }]));
  const shared = (from: number, to: number) =>
    article.ownWords.includes(
      kept
        .slice(from, to)
        .map((k) => k.c)
        .join(''),
    );
  let best: { from: number; to: number } | undefined;
  for (let start = 0; start + minLength <= kept.length; start++) {
    let end = start + minLength;
    if (!shared(start, end)) continue;
    while (end < kept.length && shared(start, end + 1)) end++;
    if (kept.slice(start, end).every((k) => inFact[k.at])) continue;
    if (!best || end - start > best.to - best.from) best = { from: start, to: end };
  }
  if (!best) return undefined;
  return chars.slice(kept[best.from]!.at, kept[best.to - 1]!.at + 1).join('');
}

/** One text the own-words rule applies to: where it is (for the message) and the Chinese text. */
export interface OwnWordsText {
  path: string;
  text: string;
}

/** The content outside the exhibit panels that is written in our own words (see ownWordsTextsBeyondPanels). */
export interface WrittenContent {
  zones: readonly { id: string; name: LocalizedText; blurb: LocalizedText }[];
  tourStops: readonly { id: string; title?: LocalizedText; narration: LocalizedText }[];
  sections: Record<ArticleSectionId, { summary: LocalizedText }>;
  categories: readonly { id: string; name: LocalizedText; card: LocalizedText }[];
}

/**
 * Every Chinese text besides the exhibit panels that must be in our own words: zone names and blurbs, tour
 * stop titles and narration, the article view's section guides and the instrument cards.
 */
export function ownWordsTextsBeyondPanels(content: WrittenContent): OwnWordsText[] {
  return [
    ...content.zones.flatMap((z, i) => [
      { path: `zones.${i}(${z.id}).name.zh`, text: z.name.zh },
      { path: `zones.${i}(${z.id}).blurb.zh`, text: z.blurb.zh },
    ]),
    ...content.tourStops.flatMap((s, i) => [
      ...(s.title ? [{ path: `tour.${i}(${s.id}).title.zh`, text: s.title.zh }] : []),
      { path: `tour.${i}(${s.id}).narration.zh`, text: s.narration.zh },
    ]),
    ...articleSectionIds.map((id) => ({
      path: `articleSections.${id}.summary.zh`,
      text: content.sections[id].summary.zh,
    })),
    ...content.categories.flatMap((c, i) => [
      { path: `categories.${i}(${c.id}).name.zh`, text: c.name.zh },
      { path: `categories.${i}(${c.id}).card.zh`, text: c.card.zh },
    ]),
  ];
}

/** Own-words problems of the given texts: each sharing a run of ≥ minLength characters with the article. */
export function ownWordsProblemsIn(
  texts: readonly OwnWordsText[],
  article: ParsedArticle,
  facts: readonly string[] = [],
  minLength: number = ownWordsRunLimit,
): string[] {
  const problems: string[] = [];
  for (const { path, text } of texts) {
    const run = longestSharedRun(text, article, minLength, facts);
    if (run)
      problems.push(`${path}: copies "${run}" (${Array.from(run).length} characters) from the article`);
  }
  return problems;
}

/** Own-words problems of exhibits: each panel text (see panelTexts), fact names (see factNames) excepted. */
export function ownWordsProblems(
  exhibits: readonly Exhibit[],
  article: ParsedArticle,
  minLength: number = ownWordsRunLimit,
): string[] {
  const texts = exhibits.flatMap((exhibit, i) =>
    panelTexts(exhibit).map(({ path, text }) => ({ path: `${i}(${exhibit.id}).${path}`, text })),
  );
  return ownWordsProblemsIn(texts, article, factNames(exhibits), minLength);
}
