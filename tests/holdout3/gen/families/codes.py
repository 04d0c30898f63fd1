"""Promo codes offered by Amazon: one event per code with its stated expiry (null when none is
stated); the amount only when a fixed amount is off. Several codes in one mail; a mail that grants a
credit and also offers a code."""

from __future__ import annotations

from .. import locale as L
from ..chrome import Doc
from ..compose import amazon_msg, body as mk
from ..core import at, code, day, grant, rng_for
from ._common import finish, greet

FAM = "promo-code"


def us_single():
    key, mp = "code-us-single", "US"
    rng = rng_for(key)
    when = at(2026, 2, 10, 10, 0, 0, -8)
    c, amt, exp = "READMORE5K", 500, day(2026, 4, 30)
    d = Doc(mp, rng, "A code for your next Kindle book", None)
    d.p(greet(mp, rng))
    d.p(f"Enter code <b>{c}</b> at checkout to get {L.money(mp, amt)} off one Kindle book priced {L.money(mp, 1000)} or more. "
        f"The code expires {L.date(mp, exp, 'num')} and can be used once.")
    d.p("Bestsellers this week: The Salt Road Letters ($12.99), Night Trains of Europe ($14.99).")
    body = finish(d, when, deals=True)
    return amazon_msg(key, FAM, mp, when, "store-news", "$5 off your next Kindle book", body, display="Amazon Kindle",
                      events=[code(c, exp, amt, "USD")], labels="Inbox,Category Promotions,Opened", note="code with a fixed amount off; book prices as noise")


def us_percent():
    key, mp = "code-us-percent", "US"
    rng = rng_for(key)
    when = at(2026, 3, 8, 9, 0, 0, -8)
    c, exp = "SOUND20Q", day(2026, 3, 22)
    d = Doc(mp, rng, "20% off headphones, just for you", None)
    d.p(greet(mp, rng))
    d.p(f"Save 20% on select headphones and speakers sold by Amazon with promo code {c}. Valid through {L.date(mp, exp)}.")
    d.p("Example: a pair listed at $129.99 would cost $103.99 with the code.")
    body = finish(d, when, deals=True, entities="named")
    return amazon_msg(key, FAM, mp, when, "store-news", "Your promo code: 20% off audio", body,
                      events=[code(c, exp)], labels="Inbox,Category Promotions,Unread", maildir="new",
                      note="percentage code: no amount; the worked example prices are noise")


def us_multi():
    key, mp = "code-us-multi", "US"
    rng = rng_for(key)
    when = at(2026, 3, 9, 7, 0, 0, -7)
    codes = [("HOME10OFF", 1000, day(2026, 5, 3), f"{L.money(mp, 1000)} off {L.money(mp, 5000)} or more of home goods"),
             ("PETS15X", None, day(2026, 5, 10), "15% off pet supplies"),
             ("SNACK4U", 400, day(2026, 4, 26), f"{L.money(mp, 400)} off {L.money(mp, 2000)} of snacks")]
    d = Doc(mp, rng, "Three codes for spring", None)
    d.p(greet(mp, rng))
    d.p("Here are three promo codes picked for you. Each can be used once on items sold by Amazon.com.")
    rows = "".join(f"<tr><td><b>{c}</b></td><td>{what}</td><td>Ends {L.date(mp, e, 'short')}</td></tr>" for c, _, e, what in codes)
    text = "\n".join(f"{c}  -  {what}  -  ends {L.date(mp, e, 'short')}" for c, _, e, what in codes)
    d.raw(f'<table cellpadding="6" style="border:1px dashed #999">{rows}</table>', text)
    body = finish(d, when, deals=True)
    return amazon_msg(key, FAM, mp, when, "store-news", "3 promo codes inside", body,
                      events=[code(c, e, a, "USD" if a else None) for c, a, e, _ in codes], labels="Inbox,Category Promotions,Opened",
                      note="three codes, three expiries, one of them a percentage")


def uk_code():
    key, mp = "code-uk", "UK"
    rng = rng_for(key)
    when = at(2026, 3, 3, 8, 0, 0)
    c, amt, exp = "UKREAD3", 300, day(2026, 3, 31)
    d = Doc(mp, rng, "£3 off Kindle books", None)
    d.p(greet(mp, rng))
    d.p(f"Use code {c} to save {L.money(mp, amt)} when you spend £6.00 or more on Kindle books. Offer ends {L.date(mp, exp)}.")
    body = finish(d, when, charset="iso-8859-1")
    return amazon_msg(key, FAM, mp, when, "store-news", "A little something for your Kindle", body,
                      events=[code(c, exp, amt, "GBP")], labels="Inbox,Category Promotions,Opened", note="UK code, ISO-8859-1")


def de_code():
    key, mp = "code-de", "DE"
    rng = rng_for(key)
    when = at(2026, 3, 5, 9, 0, 0, 1)
    c, amt, exp = "FRUEHLING5", 500, day(2026, 4, 15)
    d = Doc(mp, rng, "Ihr Aktionscode", None)
    d.p(greet(mp, rng))
    d.p(f"Mit dem Aktionscode <b>{c}</b> erhalten Sie {L.money(mp, amt)} Rabatt auf Ihren nächsten Einkauf ab 30,00 € bei Artikeln, die von Amazon "
        f"verkauft werden. Gültig bis {L.date(mp, exp, 'num')}.")
    body = finish(d, when, charset="windows-1252", deals=True)
    return amazon_msg(key, FAM, mp, when, "store-news", "Ihr Aktionscode für den Frühling", body,
                      events=[code(c, exp, amt, "EUR")], labels="Inbox,Category Promotions,Opened", note="German code, windows-1252")


def fr_code():
    key, mp = "code-fr", "FR"
    rng = rng_for(key)
    when = at(2026, 2, 26, 9, 0, 0, 1)
    c, amt, exp = "LIVRE3FR", 300, day(2026, 4, 30)
    d = Doc(mp, rng, "Votre code promo", None)
    d.p(greet(mp, rng))
    d.p(f"Profitez de {L.money(mp, amt)} de réduction sur un livre Kindle avec le code promo {c}, jusqu\u2019au {L.date(mp, exp, 'num')}.")
    body = finish(d, when)
    return amazon_msg(key, FAM, mp, when, "store-news", "3 € offerts sur votre prochain ebook", body,
                      events=[code(c, exp, amt, "EUR")], labels="Inbox,Category Promotions,Opened", note="French code, numeric date")


def jp_code():
    key, mp = "code-jp", "JP"
    rng = rng_for(key)
    when = at(2026, 3, 1, 10, 0, 0, 9)
    c, amt, exp = "HARU500JP", 500, day(2026, 4, 15)
    d = Doc(mp, rng, "クーポンコードのお知らせ", None)
    d.p(greet(mp, rng))
    d.p(f"クーポンコード「{c}」をご入力いただくと、3,000円以上のご注文で{L.money(mp, amt, 1)}OFFになります。有効期限：{L.date(mp, exp, 'wlong')}")
    body = finish(d, when, charset="utf-8", cte_text="base64", cte_html="base64")
    return amazon_msg(key, FAM, mp, when, "store-news", "春のクーポンコードをお届けします", body,
                      events=[code(c, exp, amt, "JPY")], labels="Inbox,Category Promotions,Opened", note="Japanese code with weekday date")


def us_no_expiry():
    key, mp = "code-us-noexp", "US"
    rng = rng_for(key)
    when = at(2025, 10, 21, 11, 0, 0, -7)
    c = "FRESHSTART7"
    text = (
        f"{greet(mp, rng)}\n\nWelcome to Amazon Fresh. Take {L.money(mp, 700)} off your first Fresh order of {L.money(mp, 3500)} or more with code {c}.\n"
        "Groceries arrive in two-hour windows; delivery is free on orders over $150.00.\n\nAmazon Fresh\n"
    )
    return amazon_msg(key, FAM, mp, when, "fresh-noreply", "Welcome to Amazon Fresh", mk(None, text, "text", "utf-8", cte_text="quoted-printable"),
                      display="Amazon Fresh", events=[code(c, None, 700, "USD")], note="code with no stated expiry")


def us_credit_and_code():
    key, mp = "code-us-combo", "US"
    rng = rng_for(key)
    when = at(2026, 1, 12, 12, 0, 0, -8)
    amt, exp = 500, day(2026, 3, 31)
    c, cexp = "MOVIENIGHT10", day(2026, 2, 28)
    d = Doc(mp, rng, "Sorry about your stream", None)
    d.p(greet(mp, rng))
    d.p(f"We noticed playback problems during your rental on {L.date(mp, day(2026, 1, 10), 'short')}. We've added a {L.money(mp, amt)} Prime Video "
        f"credit to your account, available until {L.date(mp, exp)}.")
    d.p(f"And for your next movie night, take 10% off any digital movie purchase with code {c} (ends {L.date(mp, cexp)}).")
    body = finish(d, when)
    return amazon_msg(key, FAM, mp, when, "primevideo-noreply", "A credit for your trouble", body, display="Prime Video",
                      events=[grant("promotional", amt, "USD", exp), code(c, cexp)], note="a grant and a code in one mail")


def messages():
    return [f() for f in (us_single, us_percent, us_multi, uk_code, de_code, fr_code, jp_code, us_no_expiry, us_credit_and_code)]
