"""Families of messages; each module's messages() returns its Msg list."""

from . import account, codes, copies, digital_plain, other_services, phishing, giftcard, kindle, norush, orders_credit, orders_plain, marketing, panel, promo, tradein

ALL = [norush, promo, kindle, panel, tradein, giftcard, orders_credit, codes, orders_plain, digital_plain, account, marketing, other_services, phishing, copies]
