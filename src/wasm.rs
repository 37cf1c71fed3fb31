//! The wasm binding (filled in by the binding work).
