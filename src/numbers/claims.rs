//! Numeric claims (claims.md).
use crate::analysis::{Claim, Finding};
use crate::text::words::Dictionary;
use crate::text::Document;

pub fn extract(_doc: &Document, _dict: &Dictionary) -> Vec<Claim> {
    Vec::new()
}

pub fn findings(_claims: &[Claim]) -> Vec<Finding> {
    Vec::new()
}
