"""Families of messages; each module's messages() returns its Msg list."""

from . import codes, giftcard, kindle, norush, orders_credit, panel, promo, tradein

ALL = [norush, promo, kindle, panel, tradein, giftcard, orders_credit, codes]
