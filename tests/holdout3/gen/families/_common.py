"""Pieces several families share: ordered items, order summaries, greeting lines, date arithmetic."""

from __future__ import annotations

import datetime as dt

from .. import locale as L
from ..chrome import esc

SELLER = {
    "en": ["Sold by: Amazon.com Services LLC", "Sold by: Northfield Home Goods", "Sold by: Brightline Supply Co."],
    "UK": ["Sold by: Amazon EU S.a.r.l.", "Sold by: Harbourside Trading Ltd"],
    "CA": ["Sold by: Amazon.com.ca ULC", "Sold by: Maple Row Goods"],
    "CAFR": ["Vendu par : Amazon.com.ca ULC", "Vendu par : Boutique Saint-Laurent"],
    "de": ["Verkauf durch: Amazon EU S.à r.l.", "Verkauf durch: Nordlicht Handel GmbH"],
    "fr": ["Vendu par : Amazon EU S.à r.l.", "Vendu par : Maison Lumière SARL"],
    "ja": ["販売：Amazon.co.jp", "販売：株式会社みなと商会"],
}


def seller(mp: str, rng) -> str:
    key = mp if mp in ("UK", "CA", "CAFR") else L.LANG[mp]
    return rng.choice(SELLER[key])


def pick_items(mp: str, rng, n: int):
    """[(name, qty, unit_minor)]"""
    return [(name, rng.choice([1, 1, 1, 2]), price) for name, price in rng.sample(L.products(mp), n)]


def item_lines(mp: str, rng, items):
    return [(name, qty, esc(L.money(mp, price * qty)), seller(mp, rng)) for name, qty, price in items]


def subtotal(items) -> int:
    return sum(q * p for _, q, p in items)


LABELS = {
    "US": dict(sub="Item(s) Subtotal:", ship="Shipping &amp; Handling:", free="Free Shipping:", before="Total before tax:", tax="Estimated tax to be collected:", promo="Promotion Applied:", gift="Gift Card Amount:", points="Rewards Points:", total="Grand Total:"),
    "CA": dict(sub="Items:", ship="Shipping &amp; Handling:", free="Free Shipping:", before="Total before tax:", tax="Estimated GST/HST:", promo="Promotion Applied:", gift="Gift Card Amount:", points="Rewards Points:", total="Order Total:"),
    "UK": dict(sub="Item(s) Subtotal:", ship="Postage &amp; Packing:", free="Free Delivery:", before="Total Before VAT:", tax="VAT:", promo="Promotion Applied:", gift="Gift Card Amount:", points="Rewards Points:", total="Order Total:"),
    "DE": dict(sub="Zwischensumme:", ship="Verpackung &amp; Versand:", free="Kostenlose Lieferung:", before="Summe ohne MwSt.:", tax="MwSt.:", promo="Aktion:", gift="Geschenkgutschein(e):", points="Punkte:", total="Endbetrag inkl. USt.:"),
    "FR": dict(sub="Sous-total des articles :", ship="Frais de livraison :", free="Livraison gratuite :", before="Total HT :", tax="TVA :", promo="Promotion appliquée :", gift="Chèque(s)-cadeau(x) :", points="Points :", total="Montant total TTC :"),
    "CAFR": dict(sub="Articles :", ship="Livraison et manutention :", free="Livraison gratuite :", before="Total avant taxes :", tax="TPS/TVH estimée :", promo="Promotion appliquée :", gift="Montant de la carte-cadeau :", points="Points de récompense :", total="Total de la commande :"),
    "JP": dict(sub="商品の小計：", ship="配送料・手数料：", free="配送料無料：", before="注文合計：", tax="うち消費税：", promo="割引：", gift="Amazonギフトカードのご利用額：", points="ポイントのご利用：", total="ご請求額："),
}

VAT = {"UK": 20, "DE": 19, "FR": 20}
SALES_TAX = {"US": 8, "CA": 13, "CAFR": 14}


def order_summary(mp: str, items_total: int, *, shipping: int = 0, free_shipping: bool = False, promo: int = 0,
                  promo_label: str | None = None, gift: int = 0, points: int = 0, gift_label: str | None = None,
                  points_label: str | None = None, tax: bool = True, extra: list | None = None, style: int = 0):
    """Rows (label html, amount html) of an order summary and the amount charged to the card.

    promo/gift/points are positive minor amounts written as negative lines. `extra` rows go
    just before the total (label, signed minor amount).
    """
    lab = LABELS[mp]
    m = lambda v, sign="": esc(L.money(mp, v, style, sign))  # noqa: E731
    rows = [(lab["sub"], m(items_total)), (lab["ship"], m(shipping))]
    charged = items_total + shipping
    if free_shipping and shipping:
        rows.append((lab["free"], m(shipping, "-")))
        charged -= shipping
    if promo:
        rows.append((esc(promo_label) if promo_label else lab["promo"], m(promo, "-")))
        charged -= promo
    for label, amount in extra or []:
        rows.append((label, m(abs(amount), "-" if amount < 0 else "")))
        charged += amount
    if mp in SALES_TAX and tax:
        before = charged
        t = before * SALES_TAX[mp] // 100
        rows.append((lab["before"], m(before)))
        rows.append((lab["tax"], m(t)))
        charged = before + t
    elif mp in VAT and tax:
        net = charged * 100 // (100 + VAT[mp])
        rows.append((lab["before"], m(net)))
        rows.append((lab["tax"], m(charged - net)))
    elif mp == "JP":
        rows.append((lab["before"], m(charged)))
        rows.append((lab["tax"], m(charged * 10 // 110)))
    if gift:
        rows.append((esc(gift_label) if gift_label else lab["gift"], m(gift, "-")))
        charged -= gift
    if points:
        rows.append((esc(points_label) if points_label else lab["points"], m(points, "-")))
        charged -= points
    rows.append((f"<b>{lab['total']}</b>", f"<b>{m(charged)}</b>"))
    return rows, charged


def plus(d: dt.date | dt.datetime, days: int) -> dt.date:
    if isinstance(d, dt.datetime):
        d = d.date()
    return d + dt.timedelta(days=days)


GREET = {
    "US": ["Hello Alex,", "Hi Alex,", "Hello Alex Moreau,"],
    "CA": ["Hello Alex,", "Hi Alex Moreau,"],
    "UK": ["Hello Alex,", "Dear Alex Moreau,"],
    "DE": ["Hallo Alex,", "Guten Tag Alex Moreau,"],
    "FR": ["Bonjour Alex,", "Bonjour Alex Moreau,"],
    "CAFR": ["Bonjour Alex,", "Bonjour Alex Moreau,"],
    "JP": ["Alex Moreau 様", "モロー アレックス 様"],
}


def greet(mp: str, rng) -> str:
    return rng.choice(GREET[mp])


def finish(doc, when, layout="alt", charset="utf-8", cte_html="quoted-printable", cte_text="quoted-printable",
           entities="none", deals=False, carousel=True, text_carousel=None, text_override=None):
    """Render a Doc and wrap it as a message body."""
    from ..compose import body

    day_ = when.date() if isinstance(when, dt.datetime) else when
    if text_carousel is None:
        text_carousel = doc.rng.random() < 0.7  # plain-text parts often leave the carousel out
    html, text = doc.render(day_, carousel=carousel, deals=deals, text_carousel=text_carousel, charset=charset, entities=entities)
    if text_override is not None:
        text = text_override
    return body(html, text, layout, charset, cte_html, cte_text)
