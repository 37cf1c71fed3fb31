//! What a claim is about, read from the words around it: subject, time, region, status
//! and direction.
