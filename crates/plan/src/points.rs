//! Kindle points.
