//! Which plan sections a draft speaks to: each measure and each claim's subject is set
//! against the words of every plan section (its heading and the indicators of its targets)
//! by shared character bigrams, through an inverted index so that a long draft costs one
//! lookup per bigram, not one comparison per section.

use rustc_hash::FxHashMap;

use super::matcher::{bigrams, is_name_char};
use crate::analysis::{Claim, Coverage, Measure};
use crate::plan::model::Plan;

/// An item speaks to a section when they share this many bigrams…
const MIN_SHARED: usize = 3;
/// …and these make up this share of the item's bigrams.
const MIN_SHARE: f64 = 0.3;

pub struct Sections {
    /// (section id, title) of each section.
    names: Vec<(String, String)>,
    /// Bigram → the sections whose words contain it.
    index: FxHashMap<u64, Vec<u32>>,
}

impl Sections {
    pub fn new(plan: &Plan) -> Sections {
        let mut names: Vec<(String, String)> = Vec::new();
        let mut words: Vec<Vec<u64>> = Vec::new();
        if plan.sections.is_empty() {
            // A plan without sections (older targets JSON): its targets' section headings.
            for t in &plan.targets {
                let Some(section) = t.section.as_deref() else {
                    continue;
                };
                let k = match names.iter().position(|(n, _)| n == section) {
                    Some(k) => k,
                    None => {
                        names.push((section.to_string(), section.to_string()));
                        words.push(bigrams(section));
                        names.len() - 1
                    }
                };
                words[k].extend(bigrams(&t.indicator));
            }
        } else {
            // The leaf sections (a chapter with sections is covered through them), each
            // with its title, its keywords and its targets' indicators.
            let has_children = |id: &str| {
                plan.sections
                    .iter()
                    .any(|s| s.parent.as_deref() == Some(id))
            };
            for sec in plan.sections.iter().filter(|s| !has_children(&s.id)) {
                let mut ws = bigrams(&sec.title);
                for kw in &sec.keywords {
                    ws.extend(bigrams(kw));
                }
                for t in plan
                    .targets
                    .iter()
                    .filter(|t| t.section_id.as_deref() == Some(sec.id.as_str()))
                {
                    ws.extend(bigrams(&t.indicator));
                }
                names.push((sec.id.clone(), sec.title.clone()));
                words.push(ws);
            }
        }
        let mut index: FxHashMap<u64, Vec<u32>> = FxHashMap::default();
        for (k, ws) in words.iter_mut().enumerate() {
            ws.sort_unstable();
            ws.dedup();
            for &w in ws.iter() {
                index.entry(w).or_default().push(k as u32);
            }
        }
        // A bigram found in many sections (`发展`, `建设`) tells them apart from none.
        let common = (names.len() / 4).max(3);
        index.retain(|_, sections| sections.len() <= common);
        Sections { names, index }
    }

    /// The sections the draft's measures and claims speak to, most spoken-to first.
    pub fn cover(&self, claims: &[Claim], measures: &[Measure]) -> Vec<Coverage> {
        let mut hits: Vec<Vec<[usize; 2]>> = vec![Vec::new(); self.names.len()];
        let items = measures
            .iter()
            .map(|m| (m.text.as_str(), m.start, m.end))
            .chain(
                claims
                    .iter()
                    .filter_map(|c| c.subject.as_deref().map(|s| (s, c.start, c.end))),
            );
        let mut total = 0usize;
        // Bigrams shared with each section, and the sections touched (to reset them).
        let mut shared = vec![0usize; self.names.len()];
        let mut touched: Vec<u32> = Vec::new();
        for (words, start, end) in items {
            total += 1;
            // Each bigram looked up as it is read: no list to build and sort per item.
            let mut count = 0usize;
            let mut prev: Option<char> = None;
            for c in words.chars().filter(|&c| is_name_char(c)) {
                if let Some(p) = prev {
                    count += 1;
                    let b = (u64::from(u32::from(p)) << 32) | u64::from(u32::from(c));
                    for &k in self.index.get(&b).map_or(&[][..], Vec::as_slice) {
                        if shared[k as usize] == 0 {
                            touched.push(k);
                        }
                        shared[k as usize] += 1;
                    }
                }
                prev = Some(c);
            }
            let best = touched
                .iter()
                .copied()
                .max_by_key(|&k| (shared[k as usize], std::cmp::Reverse(k)));
            if let Some(k) = best {
                let n = shared[k as usize];
                if n >= MIN_SHARED && n as f64 >= MIN_SHARE * count as f64 {
                    hits[k as usize].push([start, end]);
                }
            }
            for k in touched.drain(..) {
                shared[k as usize] = 0;
            }
        }
        let mut out: Vec<Coverage> = hits
            .into_iter()
            .enumerate()
            .filter(|(_, spans)| !spans.is_empty())
            .map(|(k, spans)| Coverage {
                section: self.names[k].0.clone(),
                title: self.names[k].1.clone(),
                score: spans.len() as f64 / total.max(1) as f64,
                spans,
            })
            .collect();
        out.sort_by_key(|c| std::cmp::Reverse(c.spans.len()));
        out
    }
}
