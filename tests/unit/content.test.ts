import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleSections } from '../../src/content/article';
import {
  checkExhibits,
  citedParagraph,
  factNames,
  longestSharedRun,
  ownWordsForm,
  ownWordsProblems,
  ownWordsProblemsIn,
  ownWordsRunLimit,
  ownWordsTextsBeyondPanels,
  panelTexts,
  parseArticle,
  sentenceCount,
} from '../../src/content/citations';
import type { ParsedArticle } from '../../src/content/citations';
import { exhibits, findExhibit } from '../../src/content/exhibits';
import { heroes, heroIds } from '../../src/heroes/registry';
import {
  findCategory,
  instrumentCategories,
  instrumentCategoryIds,
} from '../../src/content/instrumentCategories';
import { exhibitsSchema, instrumentCategoriesSchema, parseContent } from '../../src/content/schema';
import type { ArticleSectionId, Exhibit } from '../../src/content/schema';
import { zones } from '../../src/content/zones';
import { tourStops } from '../../src/content/tour';
import {
  hengyangNormalGravity,
  hengyangSite,
  normalGravity,
  toMilliGal,
} from '../../src/heroes/quantum-gravimeter/science/gravity';
import { acousticMaterials, createCscanModel } from '../../src/heroes/ultrasonic-microscope/science/cscan';

const articlePath = path.resolve(process.cwd(), '../shared/seed/article.txt');

let articleText = '';
let article: ParsedArticle;

beforeAll(() => {
  if (!existsSync(articlePath))
    throw new Error(
      `The source article is missing: expected it at ${articlePath} ` +
        '(../shared/seed/article.txt relative to the repository root, where vitest runs).',
    );
  articleText = readFileSync(articlePath, 'utf8');
  article = parseArticle(articleText);
});

/** A deep copy of the exhibits to break on purpose. */
const copyExhibits = (): Exhibit[] => structuredClone(exhibits) as Exhibit[];

/** Every object with a `zh` key under value, with its path. */
function localizedTexts(value: unknown, at = ''): { path: string; zh: unknown; en: unknown }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => localizedTexts(v, `${at}.${i}`));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const own = 'zh' in record ? [{ path: at, zh: record.zh, en: record.en }] : [];
  return [
    ...own,
    ...Object.entries(record).flatMap(([k, v]) =>
      k === 'zh' || k === 'en' ? [] : localizedTexts(v, `${at}.${k}`),
    ),
  ];
}

describe('article mapping', () => {
  it('finds every printed heading and numbers the paragraphs by the documented rule', () => {
    expect(article.missingHeadings).toEqual([]);
    expect(article.droppedDuplicate).toBe(true);
    expect(article.sections.captions).toEqual([
      '衡阳智能衡器计量产业园。',
      '国家级计量盛会在衡成功举办。',
      '船山时间谷展区。',
      '常宁市铜铅锌材料产业集群新晋“国家队”。(资料图片)',
    ]);
    expect(article.sections.lead).toHaveLength(1);
    expect(article.sections.lead[0]).toMatch(/^2025年11月，一场国家级计量盛会/);
    const gathering = article.sections.gathering;
    expect(gathering).toHaveLength(3);
    expect(gathering[0]).toMatch(/^走进衡阳建湘工业文化街区/);
    expect(gathering[1]).toContain('蒋华平');
    expect(gathering[1]).toContain('前沿科技在此交融'); // mended across the print line-wrap
    expect(gathering[2]).toContain('中国计量协会理事长吴方迪');
    expect(article.sections.strategy[0]).toMatch(/^盛会的光芒/);
    expect(article.sections.strategy).toHaveLength(5);
    expect(article.sections.fusion).toHaveLength(4);
    expect(article.sections.logic).toHaveLength(8);
    for (const id of Object.keys(article.sections) as ArticleSectionId[])
      expect(article.sections[id].length, `section ${id} is empty`).toBeGreaterThan(0);
  });

  it('every section a zone cites has paragraphs', () => {
    for (const zone of zones) expect(article.sections[zone.section].length).toBeGreaterThan(0);
  });
});

describe('exhibits content', () => {
  it('has the three hero exhibits in hall order, found by id', () => {
    expect(heroIds).toEqual(['quantum-gravimeter', 'industrial-ct', 'ultrasonic-microscope']);
    expect(exhibits.filter((e) => e.kind === 'hero').map((e) => e.id)).toEqual([...heroIds]);
    for (const id of heroIds) expect(findExhibit(id)?.id).toBe(id);
    expect(findExhibit('no-such-exhibit')).toBeUndefined();
  });

  it('gives each hero exhibit a part for every hotspot of its model', () => {
    for (const id of heroIds) {
      const anchors = heroes[id].model.anchors.map((a) => a.id as string).filter((a) => a !== id);
      expect(
        findExhibit(id)!
          .parts.map((p) => p.id)
          .sort(),
      ).toEqual([...anchors].sort());
    }
  });

  it('has every text of every exhibit and zone in both languages', () => {
    const all = [...localizedTexts(exhibits, 'exhibits'), ...localizedTexts(zones, 'zones')];
    expect(all.length).toBeGreaterThan(50);
    for (const t of all) {
      expect(typeof t.zh === 'string' && t.zh.trim().length > 0, `${t.path}.zh`).toBe(true);
      expect(typeof t.en === 'string' && t.en.trim().length > 0, `${t.path}.en`).toBe(true);
    }
  });

  it('rejects an exhibit missing its English title, naming the field', () => {
    const broken = copyExhibits() as unknown as { title: { zh: string; en?: string } }[];
    delete broken[0]!.title.en;
    expect(() => parseContent(exhibitsSchema, broken, 'broken exhibits')).toThrow(/0\.title\.en/);
  });

  it('rejects duplicate ids and parts that are not hotspots of the model', () => {
    const dup = copyExhibits();
    dup[1] = { ...dup[1]!, id: dup[0]!.id };
    expect(() => parseContent(exhibitsSchema, dup, 'dup')).toThrow(/1\.id: duplicate id quantum-gravimeter/);
    const badPart = copyExhibits();
    badPart[0]!.parts[0]!.id = 'flux-capacitor';
    expect(() => parseContent(exhibitsSchema, badPart, 'bad part')).toThrow(
      /0\.parts\.0\.id: part flux-capacitor/,
    );
  });

  it('rejects an article figure without a match string', () => {
    const broken = copyExhibits();
    const figure = broken[1]!.figures.find((f) => f.source === 'article')!;
    delete figure.match;
    expect(() => parseContent(exhibitsSchema, broken, 'no match')).toThrow(/1\.figures\.\d+\.match/);
  });
});

describe('citations against the article', () => {
  it('cites headings that occur in the article', () => {
    const cited = exhibits.flatMap((e) => [
      e.citation,
      ...(e.quote ? [e.quote.citation] : []),
      ...e.figures.flatMap((f) => (f.citation ? [f.citation] : [])),
    ]);
    for (const c of cited) {
      const section = articleSections[c.section];
      if (section.printed) expect(articleText, c.section).toContain(section.heading);
      else expect(article.sections[c.section].length).toBeGreaterThan(0);
    }
  });

  it('puts every anchor, figure match and quote in the cited paragraph', () => {
    expect(checkExhibits(exhibits, article)).toEqual([]);
    // Spelled out too, so a wrong paragraph number shows here directly.
    for (const e of exhibits) {
      expect(citedParagraph(article, e.citation), e.id).toContain(e.citation.anchor);
      for (const f of e.figures)
        if (f.source === 'article')
          expect(citedParagraph(article, f.citation ?? e.citation)).toContain(f.match);
    }
  });

  it('rejects a broken copy: a figure not in the article, a wrong paragraph, an unknown section or heading', () => {
    const broken = copyExhibits();
    const figure = broken[0]!.figures.find((f) => f.source === 'article')!;
    figure.match = '2.7万平方米';
    broken[1]!.citation = { ...broken[1]!.citation, paragraph: 2 };
    broken[2]!.citation = { ...broken[2]!.citation, section: 'epilogue' as ArticleSectionId };
    const problems = checkExhibits(broken, article);
    expect(problems.some((p) => p.includes('match: "2.7万平方米" does not occur'))).toBe(true);
    expect(
      problems.some((p) => p.startsWith('1(industrial-ct).citation: anchor "工业CT" is not in gathering ¶2')),
    ).toBe(true);
    expect(problems.some((p) => p.includes('unknown article section "epilogue"'))).toBe(true);

    const wrongHeadings = {
      ...articleSections,
      gathering: { ...articleSections.gathering, heading: '一场盛会·并不存在的标题' },
    };
    const misparsed = parseArticle(articleText, wrongHeadings);
    expect(
      checkExhibits(exhibits, misparsed, wrongHeadings).some((p) => p.includes('not found in the article')),
    ).toBe(true);
  });

  it('quotes verbatim, one sentence each, one quote per person', () => {
    const quotes = exhibits.flatMap((e) => (e.quote ? [e.quote] : []));
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) {
      expect(articleText).toContain(q.zh);
      expect(citedParagraph(article, q.citation)).toContain(q.zh);
      expect(sentenceCount(q.zh)).toBe(1);
    }
    expect(quotes.some((q) => q.zh === '只有测得出，才能造得出；只有测得准，才能造得精。')).toBe(true);
    const broken = copyExhibits();
    broken[0]!.quote = { ...broken[0]!.quote!, zh: '只有测得出，才能造得出。只有测得准，才能造得精。' };
    const problems = checkExhibits(broken, article);
    expect(problems.some((p) => p.includes('not verbatim'))).toBe(true);
    expect(problems.some((p) => p.includes('one sentence at most'))).toBe(true);
    expect(problems.some((p) => p.includes('quoted 2 different ways'))).toBe(true);
  });

  it('writes panel text in its own words (no run of 12+ characters from the article)', () => {
    expect(exhibits.flatMap((e) => panelTexts(e)).length).toBeGreaterThan(30);
    expect(ownWordsProblems(exhibits, article)).toEqual([]);
    // The check can fail: a copied sentence is caught and reported in full.
    const copied = copyExhibits();
    copied[0]!.role = { ...copied[0]!.role, zh: '展厅里，量子绝对重力仪探测着大地最细微的起伏。' };
    expect(ownWordsProblems(copied, article)).toEqual([
      expect.stringMatching(
        /^0\(quantum-gravimeter\)\.role\.zh: copies ".*量子绝对重力仪探测着大地最细微的起伏"/,
      ),
    ]);
    expect(longestSharedRun('超声显微镜洞察着材料微观世界', article, ownWordsRunLimit)).toBe(
      '超声显微镜洞察着材料微观世界',
    );
  });

  it('compares without punctuation or spaces, and reports the run as written', () => {
    expect(ownWordsForm('“稳五”， 是基石。A, b.')).toBe('稳五是基石Ab');
    // The article writes 以追求发展的“精度”，提升城市的“能级”; dropping the quotes and comma hides nothing.
    expect(longestSharedRun('以发展的精度提升城市的能级。', article)).toBe('发展的精度提升城市的能级');
    expect(longestSharedRun('全市智能衡器计量产业规模 已超过200亿元', article)).toBe(
      '全市智能衡器计量产业规模',
    );
    // 、 in the article, ， here: still the same run, returned with the text's own commas.
    expect(longestSharedRun('盐卤化工，电子信息，食品加工五大优势产业', article)).toBe(
      '盐卤化工，电子信息，食品加工五大优势产业',
    );
  });

  it('lets a run made only of names the content checks as facts pass, but not prose around them', () => {
    const facts = factNames(exhibits);
    expect(facts).toEqual(expect.arrayContaining(['输变电装备', '食品加工', '200亿元', '一区两基地']));
    const list = '输变电装备，钢管及有色金属，盐卤化工，电子信息，食品加工';
    expect(longestSharedRun(list, article)).toBe(list);
    expect(longestSharedRun(list, article, ownWordsRunLimit, facts)).toBeUndefined();
    // 智能衡器计量 is a fact, but 全市…产业规模 around it is the article's sentence.
    expect(longestSharedRun('全市智能衡器计量产业规模突破200亿元', article, ownWordsRunLimit, facts)).toBe(
      '全市智能衡器计量产业规模突破200亿元',
    );
  });

  it('checks figure values too', () => {
    expect(panelTexts(exhibits[0]!).some((t) => t.path === 'figures.0.value.zh')).toBe(true);
    const copied = copyExhibits();
    const wall = copied.find((e) => e.id === 'strategy-wall')!;
    wall.figures[2]!.value = {
      ...wall.figures[2]!.value,
      zh: '5个：衡阳市智能衡器计量，衡东县泵业制造，衡阳县钟表，耒阳市绿色造纸与纸品加工，常宁市牛仔服饰',
    };
    expect(ownWordsProblems(copied, article)).toEqual([
      expect.stringMatching(
        /^\d+\(strategy-wall\)\.figures\.2\.value\.zh: copies "衡阳市智能衡器计量，衡东县/,
      ),
    ]);
  });
});

describe('own words beyond the panels', () => {
  const content = () => ({
    zones: structuredClone([...zones]),
    tourStops: structuredClone([...tourStops]),
    sections: structuredClone(articleSections),
    categories: structuredClone([...instrumentCategories]),
  });

  it('covers zone names and blurbs, tour titles and narration, section guides and instrument cards', () => {
    const paths = ownWordsTextsBeyondPanels(content()).map((t) => t.path);
    expect(paths.filter((p) => p.startsWith('zones.'))).toHaveLength(2 * zones.length);
    expect(paths.filter((p) => /^tour\.\d+\(.*\)\.narration\.zh$/.test(p))).toHaveLength(tourStops.length);
    expect(paths).toContain('tour.0(entrance).title.zh');
    expect(paths.filter((p) => p.startsWith('articleSections.'))).toHaveLength(6);
    expect(paths.filter((p) => p.startsWith('categories.'))).toHaveLength(2 * instrumentCategories.length);
  });

  it('finds none copied today, and reports a copied zone blurb or section guide by its path', () => {
    const facts = factNames(exhibits);
    expect(ownWordsProblemsIn(ownWordsTextsBeyondPanels(content()), article, facts)).toEqual([]);
    const copied = content();
    copied.zones[1]!.blurb.zh = '全市智能衡器计量产业规模已超过200亿元，形成“一区两基地”格局。';
    copied.sections.logic.summary.zh = '以发展的精度提升城市的能级：三个方面的跃升。';
    copied.tourStops[0]!.narration.zh = '欢迎。斑驳的红砖墙，高耸的工业烟囱，与近千件计量“神器”同处一室。';
    expect(ownWordsProblemsIn(ownWordsTextsBeyondPanels(copied), article, facts)).toEqual([
      'zones.1(smart-weighing-park).blurb.zh: copies "全市智能衡器计量产业规模" (12 characters) from the article',
      expect.stringMatching(
        /^tour\.0\(entrance\)\.narration\.zh: copies "斑驳的红砖墙，高耸的工业烟囱，与近千件/,
      ),
      'articleSections.logic.summary.zh: copies "发展的精度提升城市的能级" (12 characters) from the article',
    ]);
  });
});

describe('computed figures', () => {
  it('shows the normal gravity computed from src/science, labelled as a model value', () => {
    const computed = findExhibit('quantum-gravimeter')!.figures.filter((f) => f.source === 'computed');
    expect(computed).toHaveLength(3);
    const [ms2, mgal] = computed;
    expect(ms2!.value.en).toBe(`${hengyangNormalGravity.toFixed(5)} m/s²`);
    expect(ms2!.value.zh).toBe(ms2!.value.en);
    expect(mgal!.value.en.replace(/\s/g, '')).toBe(`${Math.round(toMilliGal(hengyangNormalGravity))}mGal`);
    expect(mgal!.value.zh.replace(/\s/g, '')).toBe(`${Math.round(toMilliGal(hengyangNormalGravity))}毫伽`);
    for (const f of computed) {
      expect(f.label.en).toContain('WGS84');
      expect(f.label.zh).toContain('WGS84');
      expect(f.match).toBeUndefined();
    }
    expect(ms2!.label.en).toMatch(/Somigliana.*free-air.*not measured/);
    expect(ms2!.label.zh).toMatch(/Somigliana.*自由空气.*非实测/);
    // Height above sea level stands in for ellipsoidal height, and the panel says so.
    expect(ms2!.note!.en).toMatch(/above the ellipsoid.*above sea level.*geoid/);
    expect(ms2!.note!.zh).toMatch(/椭球.*海拔.*大地水准面/);
  });

  it('makes one microgal concrete: a fraction of g and millimetres of height, from the free-air gradient', () => {
    const scale = findExhibit('quantum-gravimeter')!.figures.filter((f) => f.source === 'computed')[2]!;
    const { latitudeDeg, elevationM } = hengyangSite;
    const gradient = normalGravity(latitudeDeg, elevationM) - normalGravity(latitudeDeg, elevationM + 1);
    const mm = ((1e-8 / gradient) * 1000).toFixed(1);
    expect(mm).toBe('3.2');
    expect(scale.value.en).toBe(
      `1 µGal = 10⁻⁸ m/s² ≈ 1.02 × 10⁻⁹ g, the change over about ${mm} mm of height`,
    );
    expect(scale.value.zh).toContain(`约${mm}毫米`);
    // What a real instrument corrects for, and how accurate it is.
    expect(scale.note!.en).toMatch(/few µGal.*Earth tides.*0\.25 mGal.*air pressure.*vertical gradient/);
    expect(scale.note!.zh).toMatch(/几微伽.*固体潮.*0\.25毫伽.*气压.*垂直梯度/);
  });

  it('gives the ultrasonic demo its wavelength and scan grid from the C-scan model', () => {
    const [wavelength, grid] = findExhibit('ultrasonic-microscope')!.figures.filter(
      (f) => f.source === 'computed',
    );
    const model = createCscanModel();
    expect(Math.round(acousticMaterials.water.speedMs / model.frequencyMHz)).toBe(30);
    expect(wavelength!.value.en).toBe('About 30 µm');
    expect(wavelength!.note!.en).toMatch(
      /tens of micrometres at 50 MHz.*several hundred MHz.*few micrometres/,
    );
    expect(grid!.value.en).toBe('96 × 96 points 125 µm apart, over a 12 × 12 mm package (die 6 × 6 mm)');
    expect(grid!.label.en).toContain('simulated');
  });

  it('leaves no article figure without a match and no computed figure with one', () => {
    for (const e of exhibits)
      for (const f of e.figures) {
        if (f.source === 'article') expect(f.match, `${e.id}: ${f.label.en}`).toBeTruthy();
        else expect(f.match).toBeUndefined();
      }
  });
});

describe('instrument categories', () => {
  it('lists at least eight generic categories, in both languages, found by id', () => {
    expect(instrumentCategories.length).toBeGreaterThanOrEqual(8);
    expect(instrumentCategories.map((c) => c.id)).toEqual([...instrumentCategoryIds]);
    for (const c of instrumentCategories) expect(findCategory(c.id)).toBe(c);
    expect(findCategory('no-such-kind')).toBeUndefined();
    for (const t of localizedTexts(instrumentCategories, 'categories')) {
      expect(typeof t.zh === 'string' && t.zh.trim().length > 0, `${t.path}.zh`).toBe(true);
      expect(typeof t.en === 'string' && t.en.trim().length > 0, `${t.path}.en`).toBe(true);
    }
  });

  it('keeps each card to one or two sentences, in its own words', () => {
    for (const c of instrumentCategories) {
      expect(sentenceCount(c.card.zh), `${c.id}.card.zh`).toBeLessThanOrEqual(2);
      expect(
        c.card.en.split(/[.!?](?:\s|$)/).filter((s) => s.trim()).length,
        `${c.id}.card.en`,
      ).toBeLessThanOrEqual(2);
      expect(longestSharedRun(c.card.zh, article, ownWordsRunLimit), `${c.id}.card.zh`).toBeUndefined();
    }
  });

  it('rejects duplicate ids, a missing translation and too few categories', () => {
    const twice = structuredClone([...instrumentCategories]) as { id: string }[];
    twice[1]!.id = twice[0]!.id;
    expect(() => parseContent(instrumentCategoriesSchema, twice, 'twice')).toThrow(
      /1\.id: duplicate category id cmm/,
    );
    const untranslated = structuredClone([...instrumentCategories]) as {
      name: { zh: string; en?: string };
    }[];
    delete untranslated[2]!.name.en;
    expect(() => parseContent(instrumentCategoriesSchema, untranslated, 'untranslated')).toThrow(
      /2\.name\.en/,
    );
    expect(() =>
      parseContent(instrumentCategoriesSchema, instrumentCategories.slice(0, 7), 'too few'),
    ).toThrow(/at least eight/);
  });
});
