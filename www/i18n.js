// The page's words in Chinese (the default) and English, in one table so that a missing
// translation is visible next to its original. Static elements name their key with
// data-i18n (text) or data-i18n-placeholder; app.js and render.js ask t() for the rest.

const STRINGS = {
  zh: {
    title: '政策文稿核查',
    sample: '示例',
    'sample-choose': '选择示例文稿…',
    dictionary: '分词词典',
    'dict-small': '小词典（启动快）',
    'dict-full': '完整词典',
    editor: '文稿',
    placeholder: '在此粘贴政策文稿，或从“示例”中选择一篇。',
    claims: '数据',
    'no-claims': '尚未发现数据。',
    footer: '文本只在本机分析，不会上传。',
    'other-language': 'English',
    'kind-amount': '数量',
    'kind-rate': '比率',
    'kind-change': '变化',
    'kind-rank': '排名',
    'kind-ratio': '比例',
    'qualifier-exact': '精确',
    'qualifier-at_least': '不少于',
    'qualifier-at_most': '不超过',
    'qualifier-about': '约',
    'qualifier-range': '区间',
    'direction-up': '上升',
    'direction-down': '下降',
    'status-actual': '实际',
    'status-target': '目标',
    'fact-kind': '类型',
    'fact-qualifier': '限定',
    'fact-subject': '指标',
    'fact-time': '时间',
    'fact-region': '地区',
    'fact-direction': '方向',
    'fact-status': '状态',
    'too-large': '数字过大，无法核对',
    loading: '正在加载分析器和词典…',
    ready: ({ dict, ms }) => `就绪：${dict === 'full' ? '完整词典' : '小词典'}，加载 ${ms} 毫秒`,
    busy: '正在分析…',
    done: ({ n, ms }) => `${n} 处数据，分析用时 ${ms} 毫秒`,
    error: ({ message }) => `出错：${message}`,
    crashed: '分析器意外停止，已重新启动。',
    'sample-failed': ({ status }) => `示例加载失败（${status}）`,
  },
  en: {
    title: 'Policy text checker',
    sample: 'Sample',
    'sample-choose': 'Choose a sample…',
    dictionary: 'Dictionary',
    'dict-small': 'Small (fast start)',
    'dict-full': 'Full',
    editor: 'Text',
    placeholder: 'Paste a Chinese policy text here, or choose a sample.',
    claims: 'Figures',
    'no-claims': 'No figures found yet.',
    footer: 'The text is analysed on this computer and never uploaded.',
    'other-language': '中文',
    'kind-amount': 'amount',
    'kind-rate': 'rate',
    'kind-change': 'change',
    'kind-rank': 'rank',
    'kind-ratio': 'ratio',
    'qualifier-exact': 'exact',
    'qualifier-at_least': 'at least',
    'qualifier-at_most': 'at most',
    'qualifier-about': 'about',
    'qualifier-range': 'range',
    'direction-up': 'up',
    'direction-down': 'down',
    'status-actual': 'actual',
    'status-target': 'target',
    'fact-kind': 'kind',
    'fact-qualifier': 'qualifier',
    'fact-subject': 'subject',
    'fact-time': 'time',
    'fact-region': 'region',
    'fact-direction': 'direction',
    'fact-status': 'status',
    'too-large': 'too many digits to check',
    loading: 'Loading the analyzer and its dictionary…',
    ready: ({ dict, ms }) => `Ready: ${dict} dictionary, loaded in ${ms} ms`,
    busy: 'Analysing…',
    done: ({ n, ms }) => `${n} figure${n === 1 ? '' : 's'}, analysed in ${ms} ms`,
    error: ({ message }) => `Error: ${message}`,
    crashed: 'The analyzer stopped unexpectedly and was restarted.',
    'sample-failed': ({ status }) => `The sample could not be loaded (${status})`,
  },
};

let lang = 'zh';

export const language = () => lang;

/** The BCP 47 tag of the current language, for number formatting and <html lang>. */
export const locale = () => (lang === 'zh' ? 'zh-CN' : 'en');

/** The text of `key` in the current language; function entries take `args`. */
export function t(key, args = {}) {
  const entry = STRINGS[lang][key] ?? STRINGS.zh[key] ?? key;
  return typeof entry === 'function' ? entry(args) : entry;
}

/** Switches the language and retranslates every static element under `root`. */
export function setLanguage(next, root = document) {
  lang = next === 'en' ? 'en' : 'zh';
  root.documentElement.lang = locale();
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll('[data-i18n-placeholder]')) {
    el.placeholder = t(el.dataset.i18nPlaceholder);
  }
}
