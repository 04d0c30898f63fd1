"""Families of messages; each module's messages() returns its Msg list.

Credit mail: norush, promo, kindle, panel, tradein, giftcard, orders_credit, codes (some of these also
hold their programme's own look-alikes). Hard negatives: orders_plain, digital_plain, account,
marketing, other_services, others, phishing, copies.
"""

from . import (
    account,
    codes,
    copies,
    digital_plain,
    giftcard,
    kindle,
    marketing,
    norush,
    orders_credit,
    orders_plain,
    other_services,
    others,
    panel,
    phishing,
    promo,
    tradein,
)

ALL = [
    norush,
    promo,
    kindle,
    panel,
    tradein,
    giftcard,
    orders_credit,
    codes,
    orders_plain,
    digital_plain,
    account,
    marketing,
    other_services,
    others,
    phishing,
    copies,
]
