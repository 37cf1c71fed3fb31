
// ---------------------------------------------------------------- <policy-lens>
// The element's interface (www/widget/policy-lens.js). Attributes: `for` (the id of a
// <textarea>, a contenteditable element or a same-origin <iframe> editor to attach to),
// `plan` ("builtin", "none", or the URL of a targets JSON on the page's origin), `lang`
// ("zh-CN" | "en"), `layers` ("claims measures checks", any of them), `compact`, `date`
// (the document's year the verdicts assume: analyze(text, {date})).

/** What a fix would change; `preventDefault()` on the event keeps the text as it is. */
export interface PolicyLensFix {
  start: number;
  end: number;
  replacement: string;
}

/** The item chosen: a claim, a measure or a finding, with the layer it is drawn in. */
export type PolicyLensItem =
  | ({ layer: "claim" } & Claim)
  | ({ layer: "measure" } & Measure)
  | ({ layer: "check"; id: string } & Finding);

export declare class PolicyLensElement extends HTMLElement {
  /** The text checked: the widget's own editor, or the attached element's. */
  value: string;
  /** The `date` attribute as a year (null: the text's own date, or the one it assumes). */
  date: number | null;
  /** Analyses the current text now. */
  analyze(): Promise<Analysis>;
  /** The review report of the last analysis as a standalone HTML document, or null. */
  report(): string | null;
}

declare global {
  interface HTMLElementTagNameMap {
    "policy-lens": PolicyLensElement;
  }
  interface HTMLElementEventMap {
    "policylens-analyzed": CustomEvent<Analysis>;
    "policylens-select": CustomEvent<PolicyLensItem>;
    "policylens-fix": CustomEvent<PolicyLensFix>;
  }
}
