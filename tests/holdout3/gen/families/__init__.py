"""Families of messages; each module's messages() returns its Msg list."""

from . import giftcard, kindle, norush, panel, promo, tradein  # noqa: F401

ALL = [norush, promo, kindle, panel, tradein, giftcard]
