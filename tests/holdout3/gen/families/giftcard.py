"""Gift cards delivered to the user (grant gift-card; expires_on only where a date is printed), and the
look-alikes: a card the user sent, an eGift the user bought, a balance reload."""

from __future__ import annotations

from .. import locale as L
from ..chrome import Doc
from ..compose import amazon_msg
from ..core import at, day, grant, order_id, rng_for
from ._common import finish, order_summary, plus

FAM = "gift-card"


def claim(rng):
    a = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return f"{''.join(rng.choice(a) for _ in range(4))}-{''.join(rng.choice(a) for _ in range(6))}-{''.join(rng.choice(a) for _ in range(4))}"


def us_1():
    key, mp = "gc-us-1", "US"
    rng = rng_for(key)
    when = at(2025, 12, 24, 7, 0, 0, -8)
    amt = 5000
    d = Doc(mp, rng, "Jordan Lee sent you an Amazon.com Gift Card", None)
    d.p('<span style="font-size:28px">' + L.money(mp, amt) + "</span>")
    d.box("<i>\u201cMerry Christmas! Get yourself something fun \u2013 not socks. Love, Jordan\u201d</i>")
    d.kv([("Claim code:", f"<b>{claim(rng)}</b>"), ("Amount:", L.money(mp, amt))])
    d.button("Apply to your account", "/gc/redeem")
    d.tail("Amazon.com Gift Cards never expire and carry no fees. They can be used toward millions of items at www.amazon.com. "
           "Gift card balances cannot be transferred to other accounts or redeemed for cash, except as required by law.")
    body = finish(d, when, carousel=False)
    return amazon_msg(key, FAM, mp, when, "gc-orders@gc.email.amazon.com", f"Jordan Lee sent you a Gift Card for {L.money(mp, amt)}", body,
                      events=[grant("gift-card", amt, "USD")], note="eGift delivered to the user; claim code present")


def us_2():
    key, mp = "gc-us-2", "US"
    rng = rng_for(key)
    when = at(2026, 2, 14, 9, 30, 0, -8)
    amt = 2500
    d = Doc(mp, rng, "You have a gift!", None)
    d.p(f"Sam Ortiz sent you {L.money(mp, amt)} to spend on Amazon.")
    d.box("<i>\u201cHappy Valentine\u2019s! Don\u2019t spend it all on $3 coffees.\u201d</i>")
    d.kv([("Claim code:", claim(rng)), ("Order number:", order_id(rng, mp))])
    d.tail("Your gift card never expires.")
    body = finish(d, when, carousel=False, layout="html", cte_html="base64", entities="named")
    return amazon_msg(key, FAM, mp, when, "gc-orders@gc.email.amazon.com", f"Sam Ortiz sent you a Gift Card for {L.money(mp, amt)}", body,
                      events=[grant("gift-card", amt, "USD")], note="HTML only; the sender's $3 in the gift message and the gift order number are noise")


def uk():
    key, mp = "gc-uk", "UK"
    rng = rng_for(key)
    when = at(2025, 6, 12, 12, 0, 0, 1)
    amt = 2000
    d = Doc(mp, rng, "You\u2019ve received an Amazon.co.uk Gift Card", None)
    d.p(f"Chris Patel has sent you a <b>{L.money(mp, amt)}</b> Amazon.co.uk Gift Card.")
    d.kv([("Claim code:", claim(rng)), ("Valid:", "10 years from the date of issue")])
    body = finish(d, when, carousel=False, charset="windows-1252")
    return amazon_msg(key, FAM, mp, when, "gc-orders@gc.email.amazon.co.uk", f"Chris Patel sent you a Gift Card for {L.money(mp, amt)}", body,
                      events=[grant("gift-card", amt, "GBP")], note="validity given as a period, not a date: expires_on null")


def de():
    key, mp = "gc-de", "DE"
    rng = rng_for(key)
    when = at(2025, 12, 20, 18, 0, 0, 1)
    amt, exp = 2500, day(2035, 12, 31)
    d = Doc(mp, rng, "Sie haben einen Geschenkgutschein erhalten", None)
    d.p(f"Kim Wagner hat Ihnen einen Amazon.de Geschenkgutschein über <b>{L.money(mp, amt)}</b> geschickt.")
    d.kv([("Gutscheincode:", claim(rng)), ("Gültig bis:", L.date(mp, exp, "num"))])
    d.tail("Amazon.de Geschenkgutscheine sind bis zum Ende des zehnten Jahres nach dem Kauf einlösbar.")
    body = finish(d, when, carousel=False)
    return amazon_msg(key, FAM, mp, when, "gc-orders@gc.email.amazon.de", "Kim Wagner hat Ihnen einen Geschenkgutschein geschickt", body,
                      events=[grant("gift-card", amt, "EUR", exp)], note="a printed expiry date (31.12.2035) is labelled")


def jp():
    key, mp = "gc-jp", "JP"
    rng = rng_for(key)
    when = at(2026, 1, 14, 20, 0, 0, 9)
    amt, exp = 3000, day(2036, 1, 14)
    d = Doc(mp, rng, "Amazonギフトカードが届きました", None)
    d.p(f"山田さんから{L.money(mp, amt, 1)}分のAmazonギフトカードが届きました。")
    d.kv([("ギフトカード番号：", claim(rng)), ("金額：", L.money(mp, amt)), ("有効期限：", L.date(mp, exp))])
    body = finish(d, when, carousel=False, charset="iso-2022-jp", cte_text="7bit", cte_html="base64")
    return amazon_msg(key, FAM, mp, when, "gc-orders@gc.email.amazon.co.jp", "山田さんからAmazonギフトカードが届きました", body,
                      subject_enc="B", subject_charset="iso-2022-jp", events=[grant("gift-card", amt, "JPY", exp)],
                      note="ISO-2022-JP; printed expiry 2036年1月14日")


# ---------------------------------------------------------------- look-alikes


def sent():
    key, mp = "gc-sent", "US"
    rng = rng_for(key)
    when = at(2025, 12, 10, 10, 0, 0, -8)
    d = Doc(mp, rng, "Your gift card was delivered", None)
    d.p(f"The {L.money(mp, 4000)} Amazon.com eGift Card you sent to Taylor Brooks (taylor.brooks@example.org) was delivered on "
        f"{L.date(mp, when.date(), 'long')}.")
    d.p("Taylor has not applied it to their account yet. You can resend it from Your Orders.")
    body = finish(d, when, carousel=False)
    return amazon_msg(key, FAM, mp, when, "do-not-reply", "Your gift card was sent to Taylor Brooks", body,
                      note="a card the user sent: someone else's credit")


def bought():
    key, mp = "gc-bought", "US"
    rng = rng_for(key)
    when = at(2025, 12, 9, 21, 12, 0, -8)
    oid = order_id(rng, mp)
    d = Doc(mp, rng, "Thanks for your order", None)
    d.p(f"Order #{oid}")
    d.items([("Amazon.com eGift Card \u2013 Snowflakes design", 1, L.money(mp, 4000), "Delivery: email to taylor.brooks@example.org")])
    rows, _ = order_summary(mp, 4000, tax=False)
    d.summary(rows)
    d.p(f"Delivery date: {L.date(mp, plus(when, 1), 'wlong')}.")
    body = finish(d, when)
    return amazon_msg(key, FAM, mp, when, "auto-confirm", f"Your Amazon.com order #{oid}", body,
                      note="the user bought an eGift for someone else")


def reload_():
    key, mp = "gc-reload", "US"
    rng = rng_for(key)
    when = at(2025, 11, 1, 8, 0, 0, -7)
    d = Doc(mp, rng, "Reload successful", None)
    d.p(f"You reloaded {L.money(mp, 10000)} to your Amazon gift card balance using Visa ending in 4421.")
    d.kv([("Reload amount:", L.money(mp, 10000)), ("New gift card balance:", L.money(mp, 14210))])
    d.p("Tip: set up Auto-Reload and get a $5.00 bonus the first time it runs (terms apply).")
    body = finish(d, when, carousel=False)
    return amazon_msg(key, FAM, mp, when, "reload-no-reply", "Your Amazon Reload receipt", body,
                      note="money the user paid in: a reload is not a credit granted; the $5.00 bonus is an offer")


def messages():
    return [f() for f in (us_1, us_2, uk, de, jp, sent, bought, reload_)]
