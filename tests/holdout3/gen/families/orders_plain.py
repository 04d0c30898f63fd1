"""Ordinary retail mail with no credit in it: order confirmations, shipping and delivery notices,
cancellations, returns and refunds to the card, coupons and Subscribe & Save discounts, Shop with
Points, an instant No-Rush discount, Amazon points in Japan. Full of prices and dates; no events."""

from __future__ import annotations

from .. import locale as L
from ..chrome import Doc, esc
from ..compose import amazon_msg, body as mk
from ..core import at, digits, order_id, rng_for
from ._common import finish, greet, item_lines, pick_items, plus, subtotal
from ._order import confirmation, total_before_payment

FAM = "orders-plain"


def us_plain():
    key, mp = "plain-us-order", "US"
    rng = rng_for(key)
    when = at(2025, 10, 5, 13, 3, 0, -7)
    oid, items = order_id(rng, mp), pick_items(mp, rng, 3)
    m, _ = confirmation(key, FAM, mp, rng, when, oid, items, summary_kw=dict(shipping=699, free_shipping=True), render_kw=dict(deals=True),
                        msg_kw=dict(note="three items, free-shipping line, deals block"))
    return m


def us_shipped():
    key, mp = "plain-us-shipped", "US"
    rng = rng_for(key)
    when = at(2025, 12, 1, 16, 0, 0, -8)
    oid, items = order_id(rng, mp), pick_items(mp, rng, 2)
    tba = "TBA" + digits(rng, 12)
    d = Doc(mp, rng, "Your package is on the way", None)
    d.p(greet(mp, rng))
    d.p(f"Your order #{oid} has shipped and is arriving {L.date_nodigits_year(mp, plus(when, 2))}.")
    d.kv([("Carrier:", "Amazon Logistics"), ("Tracking ID:", tba), ("Shipment total:", L.money(mp, subtotal(items)))])
    d.items(item_lines(mp, rng, items))
    d.button("Track package", f"/gp/your-account/ship-track?orderId={oid}")
    body = finish(d, when)
    return amazon_msg(key, FAM, mp, when, "shipment-tracking", f"Shipped: your Amazon.com order #{oid}", body,
                      note="shipping notice with a shipment total")


def us_delivered():
    key, mp = "plain-us-delivered", "US"
    rng = rng_for(key)
    when = at(2026, 2, 21, 15, 22, 0, -8)
    oid, items = order_id(rng, mp), pick_items(mp, rng, 1)
    d = Doc(mp, rng, "Delivered", None)
    d.p(greet(mp, rng))
    d.p(f"Your package was delivered to the front door at 3:22 PM. Order #{oid}.")
    d.items(item_lines(mp, rng, items))
    d.p(f"Return or replace items: eligible through {L.date(mp, plus(when, 30))}.")
    d.p("How was your delivery? Rate it from Your Orders.")
    body = finish(d, when, layout="html", cte_html="base64")
    return amazon_msg(key, FAM, mp, when, "order-update", f"Delivered: \"{items[0][0][:30]}...\"", body,
                      note="delivered; return window date")


def us_coupon():
    key, mp = "plain-us-coupon", "US"
    rng = rng_for(key)
    when = at(2026, 1, 17, 10, 10, 0, -8)
    oid, items = order_id(rng, mp), pick_items(mp, rng, 2)
    m, _ = confirmation(key, FAM, mp, rng, when, oid, items, summary_kw=dict(promo=300, promo_label="Your Coupon Savings:"),
                        before_items=[(f"You clipped a coupon: {L.money(mp, 300)} off {esc(items[0][0])}.", None)],
                        msg_kw=dict(note="a clipped coupon lowers the price: not a credit used"))
    return m


def us_shop_with_points():
    key, mp = "plain-us-points", "US"
    rng = rng_for(key)
    when = at(2025, 11, 14, 19, 0, 0, -8)
    oid, items = order_id(rng, mp), pick_items(mp, rng, 2)
    pts = 1240
    m, _ = confirmation(key, FAM, mp, rng, when, oid, items, summary_kw=dict(points=pts),
                        payment="Amazon Visa points (1,240 points) and Amazon Visa ending in 8812",
                        msg_kw=dict(note="Shop with Points pays with the card issuer's points ('Rewards Points: -$12.40'): not an Amazon credit"))
    return m


def us_norush_instant():
    key, mp = "plain-us-norush-instant", "US"
    rng = rng_for(key)
    when = at(2025, 9, 29, 8, 30, 0, -7)
    oid, items = order_id(rng, mp), pick_items(mp, rng, 2)
    m, _ = confirmation(key, FAM, mp, rng, when, oid, items, summary_kw=dict(promo=100, promo_label="No-Rush Shipping discount:"),
                        before_items=[(f"You chose No-Rush Shipping, so we took {L.money(mp, 100)} off this order right away.", None)],
                        msg_kw=dict(note="No-Rush as an instant discount on this order: no credit to track"))
    return m


def us_sns_order():
    key, mp = "plain-us-sns", "US"
    rng = rng_for(key)
    when = at(2026, 2, 4, 4, 0, 0, -8)
    oid, items = order_id(rng, mp), pick_items(mp, rng, 3)
    save = subtotal(items) * 5 // 100
    m, _ = confirmation(key, FAM, mp, rng, when, oid, items, summary_kw=dict(promo=save, promo_label="Subscribe & Save (5%):"),
                        title="Your Subscribe &amp; Save order",
                        msg_kw=dict(note="Subscribe & Save discount line"))
    return m


def us_cancelled():
    key, mp = "plain-us-cancelled", "US"
    rng = rng_for(key)
    when = at(2025, 12, 6, 11, 0, 0, -8)
    oid, items = order_id(rng, mp), pick_items(mp, rng, 1)
    total = total_before_payment(mp, items)
    d = Doc(mp, rng, "Your order has been cancelled", None)
    d.p(greet(mp, rng))
    d.p(f"As you asked, we cancelled order #{oid}. You have not been charged {L.money(mp, total)}; any authorization on your card "
        "will drop off within a few days.")
    d.items(item_lines(mp, rng, items))
    body = finish(d, when)
    return amazon_msg(key, FAM, mp, when, "order-update", f"Your Amazon.com order #{oid} has been cancelled", body, note="cancellation")


def us_refund_card():
    key, mp = "plain-us-refund", "US"
    rng = rng_for(key)
    when = at(2026, 1, 8, 9, 45, 0, -8)
    oid = order_id(rng, mp)
    text = (
        f"{greet(mp, rng)}\n\n"
        f"We've processed your refund for order #{oid}.\n\n"
        f"  Item refund:         {L.money(mp, 2899)}\n"
        f"  Tax refund:          {L.money(mp, 232)}\n"
        f"  Refund total:        {L.money(mp, 3131)}\n\n"
        "The refund has been issued to your Visa ending in 4421. Refunds usually appear within 3-5 business days,\n"
        f"and no later than {L.date(mp, plus(when, 10))}.\n\n"
        "Amazon.com\n"
    )
    return amazon_msg(key, FAM, mp, when, "return", f"Your refund for order #{oid}", mk(None, text, "text", "us-ascii", cte_text="7bit"),
                      note="refund to the card: not a credit")


def us_return_started():
    key, mp = "plain-us-return", "US"
    rng = rng_for(key)
    when = at(2026, 2, 27, 17, 0, 0, -8)
    oid, items = order_id(rng, mp), pick_items(mp, rng, 1)
    d = Doc(mp, rng, "Your return is started", None)
    d.p(greet(mp, rng))
    d.p(f"Drop off your return at any UPS Store by {L.date(mp, plus(when, 14), 'wlong')}. Once we receive the item, we'll refund "
        f"{L.money(mp, items[0][2])} to your original payment method.")
    d.items(item_lines(mp, rng, items))
    d.kv([("Return code:", f"{digits(rng, 4)} {digits(rng, 4)}"), ("Order:", oid)])
    body = finish(d, when)
    return amazon_msg(key, FAM, mp, when, "return", "Your return drop-off code", body, note="return to start; refund to original payment")


def us_delayed():
    key, mp = "plain-us-delayed", "US"
    rng = rng_for(key)
    when = at(2025, 12, 18, 21, 0, 0, -8)
    oid = order_id(rng, mp)
    d = Doc(mp, rng, "Delivery update", None)
    d.p(greet(mp, rng))
    d.p(f"Your package from order #{oid} is running late. It was due {L.date(mp, plus(when, -1), 'wshort')} and is now expected by "
        f"{L.date(mp, plus(when, 2), 'wshort')}. If it has not arrived by {L.date(mp, plus(when, 5))}, you can request a refund.")
    body = finish(d, when, carousel=False)
    return amazon_msg(key, FAM, mp, when, "order-update", "Delivery delayed", body, note="delay notice without any credit")


def uk_plain():
    key, mp = "plain-uk-order", "UK"
    rng = rng_for(key)
    when = at(2026, 1, 24, 12, 0, 0)
    oid, items = order_id(rng, mp), pick_items(mp, rng, 2)
    m, _ = confirmation(key, FAM, mp, rng, when, oid, items, summary_kw=dict(shipping=299),
                        render_kw=dict(charset="iso-8859-1", entities="named", layout="alt"),
                        msg_kw=dict(crlf=True, note="UK order with P&P, CRLF"))
    return m


def ca_plain():
    key, mp = "plain-ca-order", "CA"
    rng = rng_for(key)
    when = at(2025, 11, 2, 14, 0, 0, -5)
    oid, items = order_id(rng, mp), pick_items(mp, rng, 2)
    m, _ = confirmation(key, FAM, mp, rng, when, oid, items, msg_kw=dict(note="Canadian order with GST/HST"))
    return m


def de_shipped():
    key, mp = "plain-de-shipped", "DE"
    rng = rng_for(key)
    when = at(2026, 2, 11, 7, 0, 0, 1)
    oid, items = order_id(rng, mp), pick_items(mp, rng, 2)
    d = Doc(mp, rng, "Ihre Sendung ist unterwegs", None)
    d.p(greet(mp, rng))
    d.p(f"Ihre Bestellung {oid} wurde versandt. Zustellung voraussichtlich am {L.date(mp, plus(when, 1), 'wlong')}.")
    d.items(item_lines(mp, rng, items))
    d.p(f"Gesamtbetrag der Sendung: {L.money(mp, subtotal(items))}. Rücksendungen bis {L.date(mp, plus(when, 31), 'num')}.")
    body = finish(d, when, charset="iso-8859-15", cte_html="base64", cte_text="quoted-printable")
    return amazon_msg(key, FAM, mp, when, "versandbestaetigung", "Versandbestätigung zu Ihrer Bestellung", body, subject_enc="Q",
                      subject_charset="iso-8859-15", note="German shipping notice")


def fr_plain():
    key, mp = "plain-fr-order", "FR"
    rng = rng_for(key)
    when = at(2026, 1, 9, 10, 0, 0, 1)
    oid, items = order_id(rng, mp), pick_items(mp, rng, 3)
    m, _ = confirmation(key, FAM, mp, rng, when, oid, items, summary_kw=dict(shipping=399, free_shipping=True),
                        render_kw=dict(charset="windows-1252"), msg_kw=dict(note="French order, windows-1252"))
    return m


def jp_points():
    key, mp = "plain-jp-points", "JP"
    rng = rng_for(key)
    when = at(2026, 2, 14, 11, 0, 0, 9)
    oid, items = order_id(rng, mp), pick_items(mp, rng, 2)
    pts = subtotal(items) // 100
    m, _ = confirmation(key, FAM, mp, rng, when, oid, items,
                        after_summary=[(f"獲得予定ポイント：{pts}ポイント（商品の発送後に付与されます。Amazonポイントの有効期限は最後にポイントを獲得した日から1年間です）", None)],
                        render_kw=dict(charset="iso-2022-jp", cte_text="7bit", cte_html="base64"),
                        msg_kw=dict(subject_enc="B", subject_charset="iso-2022-jp",
                                    note="Amazon points in Japan (not Kindle Rewards, not a tracked credit)"))
    return m


def jp_shipped():
    key, mp = "plain-jp-shipped", "JP"
    rng = rng_for(key)
    when = at(2025, 12, 5, 15, 0, 0, 9)
    oid, items = order_id(rng, mp), pick_items(mp, rng, 1)
    text = (
        f"{greet(mp, rng)}\n\nご注文の商品を発送しました。\n\n注文番号：{oid}\nお届け予定：{L.date(mp, plus(when, 1), 'wlong')}\n"
        f"商品：{items[0][0]}　{L.money(mp, items[0][2])}\n配送業者：ヤマト運輸　お問い合わせ伝票番号：{digits(rng, 12)}\n\nAmazon.co.jp\n"
    )
    return amazon_msg(key, FAM, mp, when, "shipment-tracking", "Amazon.co.jp ご注文の商品を発送しました", mk(None, text, "text", "shift_jis", cte_text="8bit"),
                      subject_enc="B", subject_charset="shift_jis", note="Japanese shipping notice, Shift_JIS 8bit")


def messages():
    return [f() for f in (us_plain, us_shipped, us_delivered, us_coupon, us_shop_with_points, us_norush_instant, us_sns_order, us_cancelled,
                          us_refund_card, us_return_started, us_delayed, uk_plain, ca_plain, de_shipped, fr_plain, jp_points, jp_shipped)]
