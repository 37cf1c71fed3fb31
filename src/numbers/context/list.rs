//! Lists of numbers after one verb (`分别压缩50%、40%和20%以上`, `居全国第3、第2`): they
//! share the words before the first of them, and `分别` gives each its own subject.

use crate::numbers::claims::Found;

/// Whether two consecutive claims of a sentence are joined only by `、` `和` `及` `与`.
fn joined(text: &str, prev: &Found, next: &Found) -> bool {
    if prev.sentence != next.sentence || prev.end > next.start {
        return false;
    }
    let gap = text[prev.end..next.start].trim();
    !gap.is_empty()
        && gap.chars().count() <= 2
        && gap
            .chars()
            .all(|c| matches!(c, '、' | '和' | '及' | '与' | '或' | ',' | '，' | ' '))
}

/// The lists of the claims: for each claim, the index of its list's first claim and the
/// list's length. One pass, so a line of thousands of joined numbers stays linear.
pub struct Lists {
    pub leader: Vec<usize>,
    pub len: Vec<usize>,
}

impl Lists {
    pub fn new(text: &str, found: &[Found]) -> Lists {
        let mut leader = Vec::with_capacity(found.len());
        for k in 0..found.len() {
            let lead = if k > 0 && joined(text, &found[k - 1], &found[k]) {
                leader[k - 1]
            } else {
                k
            };
            leader.push(lead);
        }
        let mut len = vec![0; found.len()];
        for &l in &leader {
            len[l] += 1;
        }
        let len = leader.iter().map(|&l| len[l]).collect();
        Lists { leader, len }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numbers::claims::scan;

    #[test]
    fn lists_share_a_leader() {
        let text = "分别压缩50%、40%和20%以上，另有3家。";
        let mut found = Vec::new();
        scan(text, 0, text.len(), 0, &mut found);
        let lists = Lists::new(text, &found);
        assert_eq!(lists.leader, vec![0, 0, 0, 3]);
        assert_eq!(lists.len, vec![3, 3, 3, 1]);
    }
}
