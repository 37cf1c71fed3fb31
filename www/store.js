// What the page keeps on this computer, all under keys prefixed `policylens:`, so that one
// action can clear it all. Drafts are confidential and offices share computers: saving
// can be switched off (which deletes the saved draft), and a saved draft expires.
//
//   policylens:settings   {autosave, expiryDays, lang, dictionary, largeText, layers}
//   policylens:draft      {text, savedAt}            the draft as last typed
//   policylens:ignored    {rules: [code], items: [code + '\u0000' + text]}
//   policylens:plans      [{id, name, json, text, savedAt}]   the plan library (plans.js)
//
// localStorage can be missing or full (private mode, quota): every access is guarded and a
// failure only means nothing is remembered.

const PREFIX = 'policylens:';
const DAY_MS = 24 * 60 * 60 * 1000;

export const DEFAULT_SETTINGS = {
  autosave: true,
  expiryDays: 7,
  lang: null,
  dictionary: 'small',
  largeText: false,
  plan: 'builtin', // the plan chosen for the draft: 'builtin', 'none' or a library entry's id
  layers: { claim: true, measure: true, check: true },
};

function read(key) {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    return raw === null ? null : JSON.parse(raw);
  } catch {
    return null;
  }
}

function write(key, value) {
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

function remove(key) {
  try {
    localStorage.removeItem(PREFIX + key);
  } catch {
    /* nothing stored */
  }
}

export function loadSettings() {
  const saved = read('settings') ?? {};
  return { ...DEFAULT_SETTINGS, ...saved, layers: { ...DEFAULT_SETTINGS.layers, ...(saved.layers ?? {}) } };
}

export function saveSettings(settings) {
  write('settings', settings);
}

/** The saved draft, unless saving is off or it has expired (then it is deleted). */
export function loadDraft(settings, now = Date.now()) {
  const draft = read('draft');
  if (!draft || typeof draft.text !== 'string') return null;
  if (!settings.autosave || now - (draft.savedAt ?? 0) > settings.expiryDays * DAY_MS) {
    remove('draft');
    return null;
  }
  return draft;
}

/** Saves the draft (an empty one is removed); false when the browser refused. */
export function saveDraft(text, now = Date.now()) {
  if (!text) {
    remove('draft');
    return true;
  }
  return write('draft', { text, savedAt: now });
}

export function forgetDraft() {
  remove('draft');
}

export function loadIgnored() {
  const saved = read('ignored') ?? {};
  return { rules: new Set(saved.rules ?? []), items: new Set(saved.items ?? []) };
}

export function saveIgnored(ignored) {
  write('ignored', { rules: [...ignored.rules], items: [...ignored.items] });
}

export const ignoreKey = (finding, text) => `${finding.code}\u0000${text.slice(finding.start, finding.end)}`;

/** Whether the user ignored `finding` of `text`: its rule, or this one (by its words). */
export const isIgnored = (ignored, finding, text) => ignored.rules.has(finding.code) || ignored.items.has(ignoreKey(finding, text));

/** The editor's plans (plans.js); an empty list when none are kept. */
export function loadPlans() {
  const saved = read('plans');
  return Array.isArray(saved) ? saved : [];
}

/** false when the browser refused (the quota). */
export function savePlans(entries) {
  return write('plans', entries);
}

/** Removes every key of the page from this computer. */
export function clearAll() {
  try {
    for (const key of Object.keys(localStorage)) if (key.startsWith(PREFIX)) localStorage.removeItem(key);
  } catch {
    /* nothing stored */
  }
}
