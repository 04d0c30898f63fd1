//! Reads the places a user's data lives into raw documents.
//!
//! Sources only read bytes and say where they came from; they do not
//! interpret them. Input kinds are detected by content, not by name.
