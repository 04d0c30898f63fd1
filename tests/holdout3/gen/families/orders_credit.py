"""Order confirmations that use credit (redeem: gift-card balance, promotional and No-Rush credit,
Kindle rewards) or promise it (No-Rush / Amazon Day chosen at checkout; a device bundle credit), in
US, UK, CA-fr, DE, FR and JP. Redeems and promises carry the order id they belong to."""

from __future__ import annotations

from .. import locale as L
from ..compose import soft
from ..core import at, digital_order_id, order_id, promise, redeem, rng_for
from ._common import pick_items
from ._order import confirmation, digital_receipt, total_before_payment

FAM = "orders-with-credit"


def us_gc_full():
    key, mp = "ord-us-gc-full", "US"
    rng = rng_for(key)
    when = at(2025, 11, 28, 8, 12, 0, -8)
    oid, items = order_id(rng, mp), pick_items(mp, rng, 2)
    gift = total_before_payment(mp, items)
    m, charged = confirmation(key, FAM, mp, rng, when, oid, items, summary_kw=dict(gift=gift), payment="Gift Card balance",
                              msg_kw=dict(events=[redeem("gift-card", gift, "USD", oid)], note="paid entirely by gift-card balance: Grand Total $0.00"))
    assert charged == 0
    return m


def us_gc_split():
    key, mp = "ord-us-gc-split", "US"
    rng = rng_for(key)
    when = at(2026, 1, 11, 15, 40, 0, -8)
    oid, items = order_id(rng, mp), pick_items(mp, rng, 3)
    gift = 2000
    m, charged = confirmation(key, FAM, mp, rng, when, oid, items, summary_kw=dict(gift=gift, shipping=599, free_shipping=True),
                              payment="Gift Card balance and Visa ending in 4421", render_kw=dict(deals=True),
                              msg_kw=dict(events=[redeem("gift-card", gift, "USD", oid)], note="split tender: $20.00 from the gift-card balance, the rest to Visa"))
    return m


def us_digital_promo_full():
    key, mp = "ord-us-dig-promo", "US"
    rng = rng_for(key)
    when = at(2026, 2, 6, 21, 0, 0, -8)
    oid, price = digital_order_id(rng), 1499
    credit = price + price * 9 // 100
    m, total = digital_receipt(key, FAM, mp, rng, when, oid, "The Long Crossing", "HD Movie Purchase", price,
                               credits=[("Promotional credit applied:", credit)],
                               notes=[f"Your promotional balance paid for this order. Remaining promotional balance: {L.money(mp, 500)}."],
                               msg_kw=dict(events=[redeem("promotional", credit, "USD", oid)], note="promotional credit pays the whole digital order; remaining balance is noise"))
    assert total == 0
    return m


def us_digital_norush_partial():
    key, mp = "ord-us-dig-norush", "US"
    rng = rng_for(key)
    when = at(2025, 12, 29, 19, 30, 0, -8)
    oid, price = digital_order_id(rng), 1299
    m, _ = digital_receipt(key, FAM, mp, rng, when, oid, "Winter Light at Harrow Bay", "Kindle Edition", price,
                           credits=[("No-Rush rewards applied:", 200)],
                           msg_kw=dict(events=[redeem("no-rush", 200, "USD", oid)], note="partial use: $2.00 of No-Rush rewards, the rest by card"),
                           render_kw=dict(layout="html", cte_html="quoted-printable"))
    return m


def us_digital_mixed():
    key, mp = "ord-us-dig-mixed", "US"
    rng = rng_for(key)
    when = at(2026, 3, 4, 20, 10, 0, -8)
    oid, price = digital_order_id(rng), 1999
    tax = price * 9 // 100
    promo_amt = 500
    gift = price + tax - promo_amt
    m, total = digital_receipt(key, FAM, mp, rng, when, oid, "Northern Lights: Season 2", "HD Season Pass", price,
                               credits=[("Digital credit:", promo_amt), ("Gift Card Amount:", gift)],
                               msg_kw=dict(events=[redeem("promotional", promo_amt, "USD", oid), redeem("gift-card", gift, "USD", oid)],
                                           note="a digital credit and the gift-card balance on one order: two redeems"))
    assert total == 0
    return m


def us_kindle_reward_used():
    key, mp = "ord-us-kindle-reward", "US"
    rng = rng_for(key)
    when = at(2026, 1, 3, 22, 45, 0, -8)
    oid, price = digital_order_id(rng), 899
    m, _ = digital_receipt(key, FAM, mp, rng, when, oid, "The Beekeeper of Alder Lane", "Kindle Edition", price,
                           credits=[("Kindle Rewards applied:", 300)], render_kw=dict(charset="windows-1252"),
                           msg_kw=dict(events=[redeem("kindle-rewards", 300, "USD", oid)], note="a $3.00 Kindle reward used at checkout"))
    return m


def us_promise_norush():
    key, mp = "ord-us-promise", "US"
    rng = rng_for(key)
    when = at(2026, 2, 19, 12, 5, 0, -8)
    oid, items = order_id(rng, mp), pick_items(mp, rng, 2)
    note = (f"You chose FREE No-Rush Shipping. Once this order ships, we\u2019ll add a <b>{L.money(mp, 100)} digital reward</b> to your account "
            "for eBooks, digital music, videos and apps.", None)
    m, _ = confirmation(key, FAM, mp, rng, when, oid, items, before_items=[note], render_kw=dict(deals=True),
                        msg_kw=dict(events=[promise("no-rush", 100, "USD", oid)], note="No-Rush chosen: a promise tied to the order"))
    return m


def us_promise_amazon_day_gc():
    key, mp = "ord-us-promise-day-gc", "US"
    rng = rng_for(key)
    when = at(2025, 9, 2, 7, 55, 0, -7)
    oid, items = order_id(rng, mp), pick_items(mp, rng, 4)
    gift = 1000
    note = (f"Your items will arrive together on your Amazon Day. For choosing fewer boxes you\u2019ll get a {L.money(mp, 200)} digital credit "
            "after the delivery.", None)
    m, _ = confirmation(key, FAM, mp, rng, when, oid, items, before_items=[note], summary_kw=dict(gift=gift),
                        payment="Gift Card balance and Visa ending in 4421",
                        render_kw=dict(layout="alt", cte_text="base64", cte_html="base64"),
                        msg_kw=dict(events=[promise("no-rush", 200, "USD", oid), redeem("gift-card", gift, "USD", oid)],
                                    note="Amazon Day promise and a gift-card redeem in one order"))
    return m


def us_firetv_promise():
    key, mp = "ord-us-firetv", "US"
    rng = rng_for(key)
    when = at(2025, 11, 26, 10, 0, 0, -8)
    oid = order_id(rng, mp)
    items = [("Fire TV Stick 4K with Alexa Voice Remote", 1, 4999)]
    note = (f"This device comes with a {L.money(mp, 1000)} Prime Video credit. We\u2019ll add the credit to your account within 10 days "
            "after the device ships; it will be valid for 90 days from then.", None)
    m, _ = confirmation(key, FAM, mp, rng, when, oid, items, after_summary=[note],
                        msg_kw=dict(events=[promise("promotional", 1000, "USD", oid)],
                                    note="a bundled Prime Video credit expected after shipping: promise, program promotional"))
    return m


def uk_gc():
    key, mp = "ord-uk-gc", "UK"
    rng = rng_for(key)
    when = at(2025, 10, 18, 9, 0, 0, 1)
    oid, items = order_id(rng, mp), pick_items(mp, rng, 2)
    gift = 1000
    m, _ = confirmation(key, FAM, mp, rng, when, oid, items, summary_kw=dict(gift=gift),
                        payment="Amazon.co.uk Gift Card balance and Visa ending in 4421",
                        render_kw=dict(charset="iso-8859-1", entities="named"),
                        msg_kw=dict(events=[redeem("gift-card", gift, "GBP", oid)], note="UK, ISO-8859-1"))
    return m


def uk_promise():
    key, mp = "ord-uk-promise", "UK"
    rng = rng_for(key)
    when = at(2026, 3, 5, 18, 20, 0)
    oid, items = order_id(rng, mp), pick_items(mp, rng, 1)
    note = (f"No-Rush Delivery selected: we\u2019ll credit {L.money(mp, 100)} to your account for Kindle books, films and music when your order is despatched.", None)
    m, _ = confirmation(key, FAM, mp, rng, when, oid, items, before_items=[note],
                        msg_kw=dict(events=[promise("no-rush", 100, "GBP", oid)], note="UK No-Rush promise"))
    return m


def de_gc():
    key, mp = "ord-de-gc", "DE"
    rng = rng_for(key)
    when = at(2026, 2, 23, 20, 0, 0, 1)
    oid, items = order_id(rng, mp), pick_items(mp, rng, 2)
    gift = 1500
    m, _ = confirmation(key, FAM, mp, rng, when, oid, items, summary_kw=dict(gift=gift), payment="Geschenkgutschein und Visa mit Endziffern 4421",
                        render_kw=dict(charset="iso-8859-15", cte_html="quoted-printable"),
                        msg_kw=dict(events=[redeem("gift-card", gift, "EUR", oid)], subject_enc="Q", subject_charset="windows-1252",
                                    note="DE 'Geschenkgutschein(e): -15,00 €'"))
    return m


def fr_gc():
    key, mp = "ord-fr-gc", "FR"
    rng = rng_for(key)
    when = at(2025, 12, 16, 11, 30, 0, 1)
    oid, items = order_id(rng, mp), pick_items(mp, rng, 2)
    gift = 500
    m, _ = confirmation(key, FAM, mp, rng, when, oid, items, summary_kw=dict(gift=gift), payment="Chèque-cadeau et Visa se terminant par 4421",
                        render_kw=dict(layout="html"),
                        msg_kw=dict(events=[redeem("gift-card", gift, "EUR", oid)], note="FR chèque-cadeau, HTML only"))
    return m


def jp_gc():
    key, mp = "ord-jp-gc", "JP"
    rng = rng_for(key)
    when = at(2026, 1, 30, 22, 0, 0, 9)
    oid, items = order_id(rng, mp), pick_items(mp, rng, 2)
    gift = 1500
    m, _ = confirmation(key, FAM, mp, rng, when, oid, items, summary_kw=dict(gift=gift), payment="Amazonギフトカード、Visa（末尾4421）",
                        render_kw=dict(charset="shift_jis", cte_text="base64", cte_html="base64"),
                        msg_kw=dict(events=[redeem("gift-card", gift, "JPY", oid)], subject_enc="B", subject_charset="shift_jis",
                                    note="JP gift-card use, Shift_JIS"))
    return m


def jp_promise():
    key, mp = "ord-jp-promise", "JP"
    rng = rng_for(key)
    when = at(2025, 8, 8, 9, 0, 0, 9)
    oid, items = order_id(rng, mp), pick_items(mp, rng, 1)
    note = (f"お急ぎ便を利用しない配送をお選びいただきました。商品の発送後、{L.money(mp, 100)}分のデジタル特典を付与します。", None)
    m, _ = confirmation(key, FAM, mp, rng, when, oid, items, before_items=[note],
                        msg_kw=dict(events=[promise("no-rush", 100, "JPY", oid)], note="JP promise"))
    return m


def cafr_promise():
    key, mp = "ord-cafr-promise", "CAFR"
    rng = rng_for(key)
    when = at(2026, 1, 16, 14, 0, 0, -5)
    oid, items = order_id(rng, mp), pick_items(mp, rng, 2)
    note = (f"Vous avez choisi la livraison sans urgence GRATUITE : une récompense numérique de {soft(L.money(mp, 100), 1)} sera ajoutée à votre compte à "
            "l\u2019expédition de la commande.", None)
    m, _ = confirmation(key, FAM, mp, rng, when, oid, items, before_items=[note],
                        msg_kw=dict(events=[promise("no-rush", 100, "CAD", oid)], subject_enc="Q", note="Canadian French promise; soft break in '1,00 $'"))
    return m


def messages():
    return [f() for f in (us_gc_full, us_gc_split, us_digital_promo_full, us_digital_norush_partial, us_digital_mixed, us_kindle_reward_used,
                          us_promise_norush, us_promise_amazon_day_gc, us_firetv_promise, uk_gc, uk_promise, de_gc, fr_gc, jp_gc, jp_promise,
                          cafr_promise)]
