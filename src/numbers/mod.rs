//! Numeric claims: numerals, units, and the claims built from them with their context.
//!
//! `numeral` reads numbers, `units` the unit table, `claims` finds and normalises each
//! claim in the document, `context` reads what a claim is about (subject, time, region,
//! status, direction) from the words around it.

pub mod claims;
pub mod context;
pub mod numeral;
pub mod units;
pub mod written;
