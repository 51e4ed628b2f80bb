import type { Language, LocalizedText } from './schema';

/** Every UI string, Chinese and English. */
export const strings = {
  appTitle: { zh: '两会一展 · 虚拟展厅', en: 'Metrology Expo · Virtual Hall' },
  appSubtitle: {
    zh: '衡阳建湘工业文化街区 · 第二届计量仪器装备展（2025年11月）',
    en: 'Jianxiang Industrial-Culture Block, Hengyang · 2nd Metrology Instrument & Equipment Expo (Nov 2025)',
  },
  areaStatement: { zh: '展区面积 {area} 平方米', en: 'Exhibition area {area} m²' },
  loading: { zh: '正在搭建展厅…', en: 'Building the hall…' },
  loadingStepShell: { zh: '界面', en: 'Interface' },
  loadingStepCode: { zh: '三维引擎', en: '3D engine' },
  loadingStepMaterials: { zh: '红砖与混凝土材质', en: 'Brick and concrete materials' },
  loadingStepHall: { zh: '厂房结构', en: 'Workshop structure' },
  loadingStepModels: { zh: '前沿仪器模型', en: 'Frontier instrument models' },
  loadingStepFrame: { zh: '首帧画面', en: 'First frame' },
  enter: { zh: '进入展厅', en: 'Enter the hall' },
  langSwitch: { zh: 'English', en: '中文' },
  langSwitchLabel: { zh: '切换到英文', en: 'Switch to Chinese' },
  modeWalk: { zh: '漫步', en: 'Walk' },
  modeOverview: { zh: '俯瞰', en: 'Overview' },
  modeGroup: { zh: '浏览方式', en: 'View mode' },
  floorPlan: { zh: '平面图', en: 'Floor plan' },
  floorPlanShow: { zh: '显示平面图', en: 'Show floor plan' },
  floorPlanHide: { zh: '收起平面图', en: 'Hide floor plan' },
  floorPlanHint: { zh: '点击平面图上的位置即可前往', en: 'Click a spot on the plan to go there' },
  youAreHere: { zh: '您在这里', en: 'You are here' },
  entrance: { zh: '入口', en: 'Entrance' },
  mainEntrance: { zh: '主入口', en: 'Main entrance' },
  chimney: { zh: '烟囱', en: 'Chimney' },
  goToList: { zh: '前往展区与前沿仪器', en: 'Go to a zone or instrument' },
  zonesHeading: { zh: '展区', en: 'Zones' },
  goToZone: { zh: '前往{zone}', en: 'Go to {zone}' },
  help: { zh: '操作说明', en: 'Help' },
  helpClose: { zh: '关闭', en: 'Close' },
  helpTitle: { zh: '如何参观', en: 'How to get around' },
  helpMouse: { zh: '鼠标', en: 'Mouse' },
  helpKeyboard: { zh: '键盘', en: 'Keyboard' },
  helpTouch: { zh: '触屏', en: 'Touch' },
  helpMouseDrag: { zh: '拖动：环顾四周', en: 'Drag: look around' },
  helpMouseClick: { zh: '点击地面：走到该处', en: 'Click the floor: walk there' },
  helpMouseOverview: {
    zh: '俯瞰模式：拖动旋转、滚轮缩放，点击展区飞入',
    en: 'Overview: drag to orbit, wheel to zoom, click a zone to fly in',
  },
  helpKeysMove: {
    zh: 'W A S D 或方向键：前进、后退、左右移动/转向',
    en: 'W A S D or arrow keys: walk forward, back, sideways / turn',
  },
  helpKeysRun: { zh: '按住 Shift：快走', en: 'Hold Shift: walk faster' },
  helpKeysLook: {
    zh: 'Q / E：左右转身；R / F：抬头 / 低头',
    en: 'Q / E: turn left / right; R / F: look up / down',
  },
  helpKeysUi: {
    zh: 'Tab：在按钮间移动；M：平面图；O：俯瞰；I：展品索引；H：帮助；Esc：关闭',
    en: 'Tab: move between buttons; M: floor plan; O: overview; I: exhibit index; H: help; Esc: close',
  },
  helpTouchDrag: { zh: '单指拖动：环顾四周', en: 'Drag with one finger: look around' },
  helpTouchTap: { zh: '轻点地面：走到该处', en: 'Tap the floor: walk there' },
  helpTouchPad: { zh: '屏幕方向键：前进、后退、转身', en: 'On-screen arrows: walk and turn' },
  movePad: { zh: '移动控制', en: 'Movement controls' },
  moveForward: { zh: '前进', en: 'Walk forward' },
  moveBack: { zh: '后退', en: 'Walk back' },
  turnLeft: { zh: '向左转', en: 'Turn left' },
  turnRight: { zh: '向右转', en: 'Turn right' },
  noWebgl: {
    zh: '您的浏览器无法显示三维展厅（不支持 WebGL2）。下面是展厅平面图与展区介绍。',
    en: 'Your browser cannot show the 3D hall (no WebGL2). Here are the floor plan and the zones instead.',
  },
  sceneError: {
    zh: '三维展厅出现问题，正在重新加载…',
    en: 'The 3D hall ran into a problem and is reloading…',
  },
  contextLost: { zh: '图形设备暂时中断，正在恢复…', en: 'The graphics device was interrupted; restoring…' },
  panelClose: { zh: '关闭展品介绍', en: 'Close exhibit panel' },
  panelMeasures: { zh: '测量什么', en: 'What it measures' },
  panelHow: { zh: '工作原理', en: 'How it works' },
  panelWhy: { zh: '对产业的意义', en: 'Why it matters for industry' },
  panelArticle: { zh: '报道中的它', en: 'In the article' },
  panelParts: { zh: '主要部件', en: 'Main parts' },
  panelFigures: { zh: '数据', en: 'Figures' },
  panelDemo: { zh: '现场演示', en: 'Live demonstration' },
  panelQuote: { zh: '观点', en: 'In their words' },
  articleSectionRef: {
    zh: '出自章节“{heading}”第 {n} 段',
    en: 'From the section "{heading}", paragraph {n}',
  },
  figureComputed: { zh: '计算值', en: 'computed' },
  figureArticle: { zh: '据报道', en: 'per the article' },
  exhibitsHeading: { zh: '前沿仪器', en: 'Frontier instruments' },
  openExhibit: { zh: '查看{name}', en: 'Open {name}' },
  unknownExhibit: { zh: '找不到展品“{id}”。', en: 'There is no exhibit called “{id}”.' },
  exhibitsAvailable: { zh: '可以参观的展品：', en: 'Exhibits you can visit:' },
  dismiss: { zh: '知道了', en: 'Dismiss' },
  signVenue: { zh: '湘见·建湘 工业文化街区', en: 'Jianxiang Industrial-Culture Block' },
  signExpo: {
    zh: '第二届计量仪器装备展 · 2025年11月 · 衡阳',
    en: '2nd Metrology Instrument & Equipment Expo · Nov 2025 · Hengyang',
  },
  building_a: { zh: '1号厂房', en: 'Workshop 1' },
  building_b: { zh: '2号厂房', en: 'Workshop 2' },
  building_c: { zh: '3号厂房', en: 'Workshop 3' },
  categoryHint: { zh: '点击查看介绍', en: 'Click for details' },
  categoryClose: { zh: '关闭仪器介绍', en: 'Close instrument card' },
  categoryKicker: { zh: '展位仪器', en: 'Instruments on the booths' },
  categoryInHall: { zh: '展厅中共有 {n} 台', en: '{n} of them in the hall' },
  categoryWhere: { zh: '所在展区', en: 'Where to find them' },
  categoryZoneCount: { zh: '{n} 台', en: '{n}' },
  categoryGeneric: {
    zh: '此为通用仪器类别，不指向任何具体厂家或型号。',
    en: 'A generic kind of instrument, not any particular maker or model.',
  },
  indexButton: { zh: '展品索引', en: 'Exhibit index' },
  indexTitle: { zh: '展品索引', en: 'Exhibit index' },
  indexSearchLabel: { zh: '搜索展品、展区或仪器', en: 'Search exhibits, zones or instruments' },
  indexSearchPlaceholder: { zh: '例如：CT、重力、钟表', en: 'e.g. CT, gravimeter, clock' },
  indexZoneLabel: { zh: '按展区筛选', en: 'Filter by zone' },
  indexAllZones: { zh: '全部展区', en: 'All zones' },
  indexCount: { zh: '共 {n} 项', en: '{n} results' },
  indexCountOne: { zh: '共 1 项', en: '1 result' },
  indexEmpty: { zh: '没有找到匹配的展品、展区或仪器。', en: 'No exhibit, zone or instrument matches.' },
  indexResults: { zh: '搜索结果', en: 'Results' },
  indexKindExhibit: { zh: '展品', en: 'Exhibit' },
  indexKindZone: { zh: '展区', en: 'Zone' },
  indexKindCategory: { zh: '仪器类别', en: 'Instrument kind' },
  indexInZones: { zh: '分布于 {n} 个展区', en: 'in {n} zones' },
  indexClose: { zh: '关闭展品索引', en: 'Close exhibit index' },
} satisfies Record<string, LocalizedText>;

/** Keys of the UI strings. */
export type StringKey = keyof typeof strings;

/** Looks up a UI string and fills `{name}` placeholders. */
export function translate(
  lang: Language,
  key: StringKey,
  vars: Record<string, string | number> = {},
): string {
  return strings[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

/** Formats a number the way each language writes it (15,000 / 15,000). */
export function formatNumber(lang: Language, n: number): string {
  return new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: 0 }).format(n);
}
