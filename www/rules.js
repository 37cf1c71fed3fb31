// The draft checks' names, zh and en, keyed by the finding's code. The Rust core names its
// rules (src/checks/mod.rs, RULES: name, name_en) but the wasm binding does not expose those
// names, so they are copied here, once, for every face; tests/e2e/page.mjs compares this
// table with RULES, so a rule added or renamed in the core without an entry here fails.

export const RULE_NAMES = {
  absurd_number: { zh: '数字位数过多', en: 'Absurd number' },
  arith_mismatch: { zh: '增减幅与前后数值不符', en: 'Stated change contradicts the values' },
  bracket_doc_number: { zh: '文号年份括号', en: 'Document number brackets' },
  broken_sentence: { zh: '句子被分页断开', en: 'Sentence broken by a page break' },
  dangling_conj: { zh: '连词悬空', en: 'Dangling conjunction' },
  dup_fragment: { zh: '重复片段', en: 'Duplicated fragment' },
  ellipsis: { zh: '省略号', en: 'Ellipsis form' },
  formulation: { zh: '规范提法', en: 'Standard formulation' },
  future_achievement: { zh: '成绩日期晚于文稿日期', en: 'Achievement dated after the document' },
  half_width_punct: { zh: '半角标点', en: 'Half-width punctuation' },
  heading_punct: { zh: '标题末尾标点', en: 'Punctuation ending a heading' },
  inconsistent_figure: { zh: '同一指标数值不一致', en: 'One indicator, two values' },
  inconsistent_spacing: { zh: '数字前后空格不一致', en: 'Inconsistent spacing around numbers' },
  list_marker_form: { zh: '序号格式', en: 'List marker form' },
  list_sequence: { zh: '序号不连续', en: 'List markers out of sequence' },
  number_style: { zh: '数字用法', en: 'Numeral style' },
  page_artifact: { zh: '页码或页眉混入正文', en: 'Page number or running head in the text' },
  parts_exceed_total: { zh: '分项之和超过总数', en: 'Parts exceed their total' },
  quote_dun: { zh: '引号书名号间顿号', en: '顿号 between quoted items' },
  range_dash: { zh: '数值范围连接号', en: 'Dash in a numeric range' },
  repeated_punct: { zh: '标点重复', en: 'Repeated punctuation' },
  respectively_mismatch: { zh: '“分别”前后数量不符', en: '分别 with unlike counts' },
  share_over_100: { zh: '占比超过100%', en: 'Share above 100%' },
  slogan_count: { zh: '提法数目与所列不符', en: 'Slogan count differs from its list' },
  unpaired_quote: { zh: '引号括号不成对', en: 'Unpaired quotation mark or bracket' },
};

/** The rule's name in `lang` ('zh' | 'en'); the code itself for a rule this table lacks. */
export function ruleName(code, lang) {
  const names = RULE_NAMES[code];
  return names ? names[lang === 'en' ? 'en' : 'zh'] : code;
}
