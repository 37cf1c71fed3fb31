// The TypeScript types of the wasm binding's results, written once: `src/wasm.rs` puts
// this file into the generated `policylens.d.ts`, and `tests/wasm.rs` checks each
// interface's fields against a real analysis, so a field added to `src/analysis.rs`
// without a type here fails a test. Names and meanings: ../shared/spec/output.md and
// claims.md. Every `start`/`end` is a UTF-16 offset into the analysed string.

/** What `new Analyzer(options)` accepts. Unknown keys are an error. */
export interface AnalyzerOptions {
  /** jieba dictionary text (`word freq tag` a line), as fetched by the page. Without it
   *  only the policy-domain words are known; claims are the same either way. */
  dictionary?: string | null;
  /** The plan figures are judged against: `null` (none), the text of a plan, targets JSON
   *  (`Plan`), or `"builtin"`: the Hubei 14th five-year plan compiled in, which only a build
   *  with the cargo feature `builtin-plan` has (there it is also the default). The web build
   *  (`./build.sh build`) leaves it out, so there `"builtin"` is an error and the default is
   *  no plan: pass the built-in plan as targets JSON instead, the file `hubei-14.json` beside
   *  the .wasm (`plan: await (await fetch(url)).json()`). A text with no target in it, or an
   *  object that is not targets JSON, is an error. */
  plan?: "builtin" | string | Plan | null;
}

export type ClaimKind = "amount" | "rate" | "change" | "rank" | "ratio";
export type Qualifier = "exact" | "at_least" | "at_most" | "about" | "range";
export type Direction = "up" | "down";
export type ClaimStatus = "actual" | "target";
export type Verdict = "met" | "on_track" | "behind" | "contradicts_plan" | "not_comparable";
export type Severity = "error" | "warning" | "info";

/** One numeric claim, normalised (claims.md). */
export interface Claim {
  id: string;
  start: number;
  end: number;
  text: string;
  /** The number with its magnitude folded in (`21.8万亿元` → 21800000000000); null when it
   *  cannot be represented (a thousand-digit number, reported with a finding). */
  value: number | null;
  /** The high end of a range; null unless `qualifier` is `range`. */
  value_max: number | null;
  unit: string | null;
  qualifier: Qualifier;
  kind: ClaimKind;
  direction: Direction | null;
  status: ClaimStatus;
  subject: string | null;
  time: string | null;
  year: number | null;
  region: string | null;
}

/** A policy-tool label of a measure (docs/taxonomy.md), with the words that triggered it. */
export interface Category {
  /** The label in Chinese: `平台与数字化`, `试点示范`, … (`策略性措施` when no word matched);
   *  the English labels are in docs/taxonomy.md. */
  label: string;
  tool: "supply" | "demand" | "environment";
  triggers: string[];
}

/** How concretely a measure is stated; only what it states is present. */
export interface Specificity {
  /** The unit that acts: named in the sentence, or the reform case's responsible unit. */
  owner?: string;
  /** A deadline as written (`2025年底前`). */
  deadline?: string;
  number?: true;
  money?: true;
  /** Only a phrase of effort (`进一步加强…`) with no deadline, number or money. */
  vague?: true;
  vague_phrase?: string;
}

/** A reform measure (measures.md). */
export interface Measure {
  id: string;
  start: number;
  end: number;
  text: string;
  level: "item" | "action";
  /** The lead verb, adverbs dropped (`积极培育` → `培育`). */
  action: string | null;
  object: string | null;
  category: Category[];
  /** The id of the outline entry it belongs to. */
  parent: string | null;
  specificity: Specificity;
}

/** A heading of the document's outline, or a reform case (with its responsible unit). */
export interface OutlineEntry {
  id: string;
  start: number;
  end: number;
  text: string;
  /** 0 for the title; then the rank of the heading's form among those the text uses. */
  level: number;
  owner: string | null;
  kind: "title" | "subtitle" | "part" | "chapter" | "section" | "case" | "heading" | "numbered" | "box" | "table";
  /** The id of the entry it sits under. */
  parent: string | null;
}

/** A named initiative: a quoted slogan (`“六个一”`) and the expansion the text gives. */
export interface Initiative {
  id: string;
  /** The slogan without its quotation marks. */
  text: string;
  /** Its first occurrence, inside the quotation marks. */
  start: number;
  end: number;
  occurrences: [number, number][];
  /** The number it announces (`六个一` → 6), if any. */
  count: number | null;
  expansion: string | null;
  expansion_span: [number, number] | null;
  items: string[];
  /** A numbered slogan whose expansion lists another number of items. */
  mismatch: boolean;
}

/** A claim judged against a plan target (verdicts.md). */
export interface Match {
  claim: string;
  target: string;
  verdict: Verdict;
  expected: number | null;
  /** What matched: the claim's subject, the target's indicator, the similarity, unit and year. */
  why: string;
  /** `why` in English, for the English interface. */
  why_en: string;
  /** Why the verdict is what it is, in Chinese only. */
  note: string | null;
  /** `note` in English, for the English interface. */
  note_en: string | null;
  /** The arithmetic of the verdict, as a statement (`59 + (65 − 59) × (2022 − 2020) / (2025 − 2020) = 61.4`, `增长 5% < 规划年均 6.5%`). */
  formula: string | null;
  /** `formula` in English (the same where it is only arithmetic). */
  formula_en: string | null;
}

/** How much one plan section is spoken to by the text. */
export interface Coverage {
  /** The plan section's id (`Plan.sections`). */
  section: string;
  title: string;
  score: number;
  spans: [number, number][];
}

/** A defect of the draft: data, never an error. */
export interface Finding {
  code: string;
  severity: Severity;
  start: number;
  end: number;
  message: string;
  message_en: string;
  fix: string | null;
}

/** What the document says about itself. */
/** The second argument of `Analyzer.analyze`. */
export interface AnalyzeOptions {
  /** The document's year as the editor gives it, over what the text says. */
  date?: number | null;
}

export interface DocumentInfo {
  title: string | null;
  date: string | null;
  year: number | null;
  /** The year of the document's own date (今年 and 去年 are read against it). */
  date_year: number | null;
  /** Where that date was read, or `given` by the editor (`analyze(text, {date})`). */
  date_source: 'published' | 'signoff' | 'session' | 'given' | null;
  /** Where the document gives no year: the year its undated figures were judged as. */
  assumed_year: number | null;
  /** Where the assumed year comes from: the clock, or the plan's target year. */
  assumed_from: 'today' | 'plan_end' | null;
  /** The text's length in UTF-16 code units. */
  length: number;
  paragraphs: number;
  sentences: number;
  /** Bylines and credits (`策划：省委改革办`): metadata, not content. */
  credits: string[];
}

/** The whole analysis of one text (output.md). Plain data: it survives `postMessage`
 *  and `JSON.stringify`, and nothing in it needs freeing. */
export interface Analysis {
  document: DocumentInfo;
  claims: Claim[];
  measures: Measure[];
  outline: OutlineEntry[];
  initiatives: Initiative[];
  matches: Match[];
  coverage: Coverage[];
  checks: Finding[];
}

/** A plan as `policylens targets` prints it (output.md, `targets`). */
export interface Plan {
  plan: PlanInfo;
  targets: Target[];
  /** Its chapters and sections, each with the words that say what it is about. */
  sections: PlanSection[];
  /** Table rows and goals the reader could not read, and why: the reading report. */
  unread: Unread[];
}

export interface Unread {
  start: number;
  end: number;
  text: string;
  /** Why, in Chinese. */
  why: string;
  why_en: string;
}

export interface PlanSection {
  id: string;
  title: string;
  level: number;
  parent: string | null;
  keywords: string[];
  start: number;
  end: number;
}

export interface PlanInfo {
  title: string | null;
  region: string | null;
  /** `national`, `province`, `city` or `county`, from the region's name. */
  level: string | null;
  base_year: number | null;
  target_year: number | null;
}

/** One target of a plan. */
export interface Target {
  id: string;
  indicator: string;
  aliases: string[];
  unit: string | null;
  baseline: { value: number; year: number | null } | null;
  target: { value: number; value_max: number | null; year: number | null; qualifier: Qualifier } | null;
  /** Annual average growth in %, for a growth target. */
  growth: number | null;
  growth_qualifier: Qualifier | null;
  /** A five-year total: `target.value` is that total. */
  cumulative: boolean;
  direction: Direction;
  attribute: string | null;
  category: string | null;
  section: string | null;
  section_id: string | null;
  start: number;
  end: number;
  note: string | null;
}
