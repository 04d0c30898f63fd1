"""Retail order confirmations and shipping notices per marketplace, shared by the families that need
them (credits redeemed or promised, and the ordinary orders that carry no credit at all)."""

from __future__ import annotations

from .. import locale as L
from ..chrome import Doc, esc
from ..compose import amazon_msg
from ._common import finish, greet, item_lines, order_summary, plus, subtotal

SENDER = {
    "US": "auto-confirm",
    "CA": "auto-confirm",
    "CAFR": "auto-confirm",
    "UK": "auto-confirm",
    "DE": "bestellbestaetigung",
    "FR": "confirmation-commande",
    "JP": "auto-confirm",
}

WORDS = {
    "en": dict(thanks="Thanks for your order, Alex!", ship_soon="We'll send a confirmation when your items ship.",
               pay="Payment method:", card="Visa ending in 4421", title="Order Confirmation", summary="Order Summary",
               arriving="Arriving:", ship_to="Ship to:", addr="Alex Moreau, 1420 NE Alder St, Portland, OR 97232"),
    "UK": dict(thanks="Thanks for ordering from Amazon.co.uk.", ship_soon="We\u2019ll let you know when your items are dispatched.",
               pay="Payment method:", card="Visa ending in 4421", title="Order Confirmation", summary="Order Summary",
               arriving="Estimated delivery:", ship_to="Delivery address:", addr="Alex Moreau, 12 Marlow Road, Bristol BS6 5QH"),
    "CA": dict(thanks="Thanks for your order, Alex!", ship_soon="We'll send a confirmation when your items ship.",
               pay="Payment method:", card="Visa ending in 4421", title="Order Confirmation", summary="Order Summary",
               arriving="Arriving:", ship_to="Ship to:", addr="Alex Moreau, 88 Rue Saint-Paul, Montreal, QC H2Y 1G7"),
    "CAFR": dict(thanks="Merci pour votre commande, Alex!", ship_soon="Nous vous enverrons une confirmation à l\u2019expédition de vos articles.",
                 pay="Mode de paiement :", card="Visa se terminant par 4421", title="Confirmation de commande", summary="Récapitulatif de la commande",
                 arriving="Livraison prévue :", ship_to="Livrer à :", addr="Alex Moreau, 88 rue Saint-Paul, Montréal (QC) H2Y 1G7"),
    "DE": dict(thanks="Vielen Dank für Ihre Bestellung bei Amazon.de!", ship_soon="Wir senden Ihnen eine Bestätigung, sobald Ihre Artikel versandt wurden.",
               pay="Zahlungsart:", card="Visa mit Endziffern 4421", title="Bestellbestätigung", summary="Bestellübersicht",
               arriving="Voraussichtliche Zustellung:", ship_to="Lieferadresse:", addr="Alex Moreau, Lindenstraße 12, 10969 Berlin"),
    "FR": dict(thanks="Merci pour votre commande.", ship_soon="Nous vous enverrons un e-mail dès que vos articles seront expédiés.",
               pay="Mode de paiement :", card="Visa se terminant par 4421", title="Confirmation de commande", summary="Récapitulatif de commande",
               arriving="Livraison estimée :", ship_to="Adresse de livraison :", addr="Alex Moreau, 14 rue des Tanneurs, 69002 Lyon"),
    "JP": dict(thanks="Amazon.co.jpをご利用いただき、ありがとうございます。", ship_soon="商品の発送が完了しましたら、Eメールでお知らせします。",
               pay="お支払い方法：", card="Visa（末尾4421）", title="ご注文の確認", summary="ご注文内容",
               arriving="お届け予定：", ship_to="お届け先：", addr="Alex Moreau 様　東京都目黒区中目黒1-2-3"),
}


def words(mp):
    if mp in ("US",):
        return WORDS["en"]
    return WORDS[mp]


def subject_for(mp, oid, items, rng):
    first = items[0][0]
    short = first if len(first) < 40 else first[:37] + "..."
    more = len(items) - 1
    if mp == "US":
        return rng.choice([f"Your Amazon.com order #{oid}", f'Ordered: "{short}"' + (f" and {more} more item{'s' if more > 1 else ''}" if more else "")])
    if mp == "CA":
        return f"Your Amazon.ca order #{oid}"
    if mp == "CAFR":
        return f"Votre commande Amazon.ca n° {oid}"
    if mp == "UK":
        return rng.choice([f"Your Amazon.co.uk order #{oid}", f"Your Amazon.co.uk order of \u201c{short}\u201d"])
    if mp == "DE":
        return f"Ihre Amazon.de-Bestellung von \u201e{short}\u201c"
    if mp == "FR":
        return f"Votre commande Amazon.fr de \u00ab\u00a0{short}\u00a0\u00bb"
    if mp == "JP":
        return f"Amazon.co.jp ご注文の確認 (注文番号 {oid})"
    raise ValueError(mp)


def confirmation(key, family, mp, rng, when, oid, items, *, summary_kw=None, before_items=None, after_summary=None,
                 payment=None, render_kw=None, msg_kw=None, subject=None, title=None):
    """An order confirmation with items, delivery estimate, summary, payment and a carousel.

    before_items / after_summary: lists of (html, text-or-None) paragraphs placed around the summary.
    Returns (Msg, amount charged to the card in minor units).
    """
    w = words(mp)
    d = Doc(mp, rng, title or w["title"], None)
    d.p(greet(mp, rng))
    d.p(w["thanks"] + " " + w["ship_soon"])
    c = L.chrome(mp)
    d.kv([
        (esc(c["order_no"]), f'<a href="{d.www}/gp/your-account/order-details?orderID={oid}">{oid}</a>'),
        (esc(c["placed"]), esc(L.date(mp, when.date(), "long" if mp != "US" else rng.choice(["long", "wlong"])))),
        (esc(w["arriving"]), esc(L.date_nodigits_year(mp, plus(when, rng.randint(2, 6))))),
        (esc(w["ship_to"]), esc(w["addr"])),
    ])
    for h, t in before_items or []:
        d.p(h, t)
    d.items(item_lines(mp, rng, items))
    rows, charged = order_summary(mp, subtotal(items), **(summary_kw or {}))
    d.summary(rows, title=esc(w["summary"]))
    for h, t in after_summary or []:
        d.p(h, t)
    d.p(f"{esc(w['pay'])} {esc(payment or w['card'])}")
    d.button(c["view_order"], f"/gp/your-account/order-details?orderID={oid}")
    body = finish(d, when, **(render_kw or {}))
    kw = dict(msg_kw or {})
    m = amazon_msg(key, family, mp, when, SENDER[mp], subject or subject_for(mp, oid, items, rng), body, **kw)
    return m, charged


def total_before_payment(mp, items, **kw) -> int:
    """What the order costs before gift card or points are applied."""
    _, charged = order_summary(mp, subtotal(items), **kw)
    return charged


def digital_receipt(key, family, mp, rng, when, oid, title, kind_line, price, *, credits=(), payment=None, subject=None,
                    notes=(), render_kw=None, msg_kw=None, tax_pct=9):
    """A US-style digital order receipt (Kindle, Prime Video, music, apps).

    credits: [(label, minor)] written as negative lines after tax. Returns (Msg, grand total).
    """
    d = Doc(mp, rng, "Thank you for your order", None)
    d.p(greet(mp, rng))
    d.p(f"Your digital order is complete. Order #{oid}, placed {L.date(mp, when.date(), 'long')}.")
    tax = price * tax_pct // 100
    rows = [("Item Subtotal:", esc(L.money(mp, price))), ("Tax Collected:", esc(L.money(mp, tax)))]
    total = price + tax
    for label, amount in credits:
        rows.append((esc(label), esc(L.money(mp, amount, sign="-"))))
        total -= amount
    assert total >= 0, key
    rows.append(("<b>Grand Total:</b>", f"<b>{esc(L.money(mp, total))}</b>"))
    d.summary(rows, title=f"<i>{esc(title)}</i> \u2013 {esc(kind_line)}")
    d.p("Sold by Amazon.com Services LLC.")
    for n in notes:
        d.p(n)
    if total:
        d.p(f"Charged to: {esc(payment or 'Visa ending in 4421')}")
    d.p("Your purchase is available in Your Content and Devices and on all your compatible devices.")
    body = finish(d, when, **(render_kw or {}))
    m = amazon_msg(key, family, mp, when, "digital-no-reply", subject or f"Amazon.com order of {title}.", body, **(msg_kw or {}))
    return m, total
