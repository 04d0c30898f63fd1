"""Digital receipts with no credit in them: Kindle books, a free book (Grand Total $0.00 without any
credit), Prime Video rentals and Channels, music, apps, Kindle Unlimited, a pre-order; UK and DE."""

from __future__ import annotations

from .. import locale as L
from ..chrome import Doc
from ..compose import amazon_msg, body as mk
from ..core import at, day, digital_order_id, rng_for
from ._common import finish, greet, plus
from ._order import digital_receipt

FAM = "digital-plain"


def kindle_book():
    key, mp = "dig-us-kindle", "US"
    rng = rng_for(key)
    when = at(2026, 1, 25, 22, 10, 0, -8)
    m, _ = digital_receipt(key, FAM, mp, rng, when, digital_order_id(rng), "Rivers of the Long Night", "Kindle Edition", 1199,
                           msg_kw=dict(note="a Kindle book paid by card"))
    return m


def free_book():
    key, mp = "dig-us-free", "US"
    rng = rng_for(key)
    when = at(2025, 9, 3, 6, 0, 0, -7)
    m, total = digital_receipt(key, FAM, mp, rng, when, digital_order_id(rng), "Classic Tales of the Sea", "Kindle Edition", 0,
                               render_kw=dict(layout="html", cte_html="quoted-printable"),
                               msg_kw=dict(note="a free book: Grand Total $0.00 with no credit used"))
    assert total == 0
    return m


def video_rental():
    key, mp = "dig-us-rental", "US"
    rng = rng_for(key)
    when = at(2026, 2, 28, 19, 50, 0, -8)
    m, _ = digital_receipt(key, FAM, mp, rng, when, digital_order_id(rng), "The Harbor Detective", "HD Rental", 599,
                           notes=[f"You have 30 days to start watching and 48 hours to finish once you start. Rental expires {L.date(mp, plus(when, 30))}."],
                           subject="Your Prime Video rental receipt", msg_kw=dict(note="rental expiry date is not a credit expiry"))
    return m


def music():
    key, mp = "dig-us-music", "US"
    rng = rng_for(key)
    when = at(2025, 8, 14, 12, 0, 0, -7)
    m, _ = digital_receipt(key, FAM, mp, rng, when, digital_order_id(rng), "Quiet Coastlines (Deluxe)", "Digital Album", 949,
                           render_kw=dict(cte_text="base64", cte_html="base64"), msg_kw=dict(note="digital album"))
    return m


def app():
    key, mp = "dig-us-app", "US"
    rng = rng_for(key)
    when = at(2025, 6, 2, 9, 0, 0, -7)
    m, _ = digital_receipt(key, FAM, mp, rng, when, digital_order_id(rng), "Pocket Star Atlas", "App for Fire Tablet", 299,
                           subject="Your Amazon Appstore order", msg_kw=dict(note="app purchase"))
    return m


def kindle_unlimited():
    key, mp = "dig-us-ku", "US"
    rng = rng_for(key)
    when = at(2026, 3, 7, 3, 0, 0, -8)
    d = Doc(mp, rng, "Kindle Unlimited renewal", None)
    d.p(greet(mp, rng))
    d.p(f"Your Kindle Unlimited membership renewed on {L.date(mp, when.date())} for {L.money(mp, 1199)} a month. "
        f"Your next renewal is {L.date(mp, plus(when, 31))}.")
    d.p("Read as much as you like from over 4 million titles. Cancel anytime from Memberships &amp; Subscriptions.")
    body = finish(d, when, charset="windows-1252")
    return amazon_msg(key, FAM, mp, when, "digital-no-reply", "Your Kindle Unlimited membership has been renewed", body,
                      note="subscription renewal")


def channels():
    key, mp = "dig-us-channels", "US"
    rng = rng_for(key)
    when = at(2025, 10, 16, 2, 0, 0, -7)
    text = (
        f"{greet(mp, rng)}\n\nThanks for subscribing to Mystery Lane on Prime Video Channels.\n\n"
        f"Free trial ends: {L.date(mp, plus(when, 7), 'short')}\nThen: {L.money(mp, 899)}/month plus applicable taxes\n\n"
        "Cancel before the trial ends and you won't be charged.\n\nPrime Video\n"
    )
    return amazon_msg(key, FAM, mp, when, "primevideo-noreply", "Welcome to Mystery Lane", mk(None, text, "text", "utf-8", cte_text="quoted-printable"),
                      display="Prime Video", note="channel trial: dates and prices, no credit")


def preorder():
    key, mp = "dig-us-preorder", "US"
    rng = rng_for(key)
    when = at(2026, 2, 2, 18, 0, 0, -8)
    oid = digital_order_id(rng)
    d = Doc(mp, rng, "Your pre-order is confirmed", None)
    d.p(greet(mp, rng))
    d.p(f"We\u2019ll deliver <i>The Lantern Guild</i> to your Kindle on its release date, {L.date(mp, day(2026, 5, 5), 'wlong')}, and charge "
        f"{L.money(mp, 1499)} then. Order #{oid}.")
    d.p("Pre-order Price Guarantee: if the price drops before release, you pay the lowest price.")
    body = finish(d, when)
    return amazon_msg(key, FAM, mp, when, "digital-no-reply", "Kindle pre-order confirmed", body, note="pre-order: a future charge, not a credit")


def uk_kindle():
    key, mp = "dig-uk-kindle", "UK"
    rng = rng_for(key)
    when = at(2025, 11, 11, 21, 0, 0)
    oid = digital_order_id(rng)
    d = Doc(mp, rng, "Thanks for your Kindle order", None)
    d.p(greet(mp, rng))
    d.summary([("Item price:", L.money(mp, 499)), ("VAT:", L.money(mp, 0)), ("<b>Order total:</b>", f"<b>{L.money(mp, 499)}</b>")],
              title=f"<i>The Tide Clock</i> \u2013 Kindle edition (order {oid})")
    d.p("Paid with Mastercard ending in 0097.")
    body = finish(d, when, charset="iso-8859-1")
    return amazon_msg(key, FAM, mp, when, "digital-no-reply", "Your Amazon.co.uk order of The Tide Clock", body, note="UK Kindle receipt")


def de_ebook():
    key, mp = "dig-de-ebook", "DE"
    rng = rng_for(key)
    when = at(2026, 1, 2, 20, 0, 0, 1)
    oid = digital_order_id(rng)
    d = Doc(mp, rng, "Vielen Dank für Ihren Einkauf", None)
    d.p(greet(mp, rng))
    d.summary([("Preis:", L.money(mp, 999)), ("enthaltene USt. (7 %):", L.money(mp, 65)), ("<b>Gesamtbetrag:</b>", f"<b>{L.money(mp, 999)}</b>")],
              title=f"Kindle eBook: Die Uhr am Hafen (Bestellnr. {oid})")
    d.p(f"Rechnungsdatum: {L.date(mp, when.date(), 'num')}. Bezahlt mit Visa.")
    body = finish(d, when, charset="windows-1252", layout="alt")
    return amazon_msg(key, FAM, mp, when, "digital-no-reply", "Ihre Amazon.de-Bestellung von Die Uhr am Hafen", body, note="German eBook receipt")


def messages():
    return [f() for f in (kindle_book, free_book, video_rental, music, app, kindle_unlimited, channels, preorder, uk_kindle, de_ebook)]
