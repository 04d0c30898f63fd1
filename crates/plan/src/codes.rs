//! Promo codes.
