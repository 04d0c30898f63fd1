"""Account mail that mentions credit without granting any: balance statements, expiring-soon
reminders, Prime renewals, Subscribe & Save reminders, a data-request notice, an Amazon Pay receipt."""

from __future__ import annotations

from .. import locale as L
from ..chrome import Doc
from ..compose import amazon_msg, body as mk
from ..core import at, day, rng_for
from ._common import finish, greet, plus, pick_items, subtotal

FAM = "account-notices"


def norush_balance():
    key, mp = "acct-norush-balance", "US"
    rng = rng_for(key)
    when = at(2026, 3, 1, 5, 0, 0, -8)
    d = Doc(mp, rng, "Your No-Rush rewards", None)
    d.p(greet(mp, rng))
    d.p(f"You have <b>{L.money(mp, 400)}</b> in No-Rush rewards.")
    rows = [(L.money(mp, 100), day(2026, 4, 2)), (L.money(mp, 100), day(2026, 5, 15)), (L.money(mp, 200), day(2026, 6, 30))]
    d.raw("<table cellpadding=\"4\">" + "".join(f"<tr><td>{a}</td><td>expires {L.date(mp, e)}</td></tr>" for a, e in rows) + "</table>",
          "\n".join(f"{a} expires {L.date(mp, e)}" for a, e in rows))
    d.p("Rewards are applied automatically to eligible digital purchases.")
    body = finish(d, when)
    return amazon_msg(key, FAM, mp, when, "no-reply", "Your No-Rush rewards summary", body,
                      note="a balance statement listing rewards already granted, each with an expiry: no new grant")


def promo_expiring():
    key, mp = "acct-promo-expiring", "US"
    rng = rng_for(key)
    when = at(2026, 3, 2, 9, 0, 0, -8)
    d = Doc(mp, rng, "Your credit expires soon", None)
    d.p(greet(mp, rng))
    d.p(f"Your {L.money(mp, 500)} Prime Video credit expires in 7 days, on {L.date(mp, plus(when, 7))}. Rent a movie before then so it doesn\u2019t go to waste.")
    body = finish(d, when, deals=True)
    return amazon_msg(key, FAM, mp, when, "primevideo-noreply", f"Reminder: your {L.money(mp, 500)} credit expires in 7 days", body, display="Prime Video",
                      labels="Inbox,Category Promotions,Opened", note="expiring-soon reminder: never a grant")


def uk_expiring():
    key, mp = "acct-uk-expiring", "UK"
    rng = rng_for(key)
    when = at(2026, 3, 3, 8, 0, 0)
    text = (
        f"{greet(mp, rng)}\n\nA reminder that {L.money(mp, 100)} of your No-Rush rewards will expire on {L.date(mp, plus(when, 7))}.\n"
        "Spend it on a Kindle book, film or album before then.\n\nAmazon.co.uk\n"
    )
    return amazon_msg(key, FAM, mp, when, "no-reply", "Your reward expires soon", mk(None, text, "text", "iso-8859-1", cte_text="quoted-printable"),
                      note="UK expiring-soon reminder")


def gc_balance():
    key, mp = "acct-gc-balance", "US"
    rng = rng_for(key)
    when = at(2026, 1, 15, 6, 0, 0, -8)
    d = Doc(mp, rng, "Your gift card balance", None)
    d.p(greet(mp, rng))
    d.p(f"Your Amazon gift card balance is {L.money(mp, 6846)}. It never expires and is applied automatically at checkout.")
    # the same history the other messages tell: reload, order paid by gift card, a gift card claimed, a split order
    d.summary([("Jan 11, 2026 \u2013 Gift card applied to Amazon.com order", L.money(mp, 2000, sign="-")),
               ("Dec 24, 2025 \u2013 Gift card added", L.money(mp, 5000)),
               ("Nov 28, 2025 \u2013 Gift card applied to Amazon.com order", L.money(mp, 10364, sign="-")),
               ("Nov 1, 2025 \u2013 Gift card balance added from Reload", L.money(mp, 10000)),
               ("<b>Balance</b>", f"<b>{L.money(mp, 6846)}</b>")], title="Recent activity")
    body = finish(d, when, carousel=False)
    return amazon_msg(key, FAM, mp, when, "no-reply", "Your Amazon gift card balance", body, note="balance statement; its activity rows restate events told by other messages (reload, two gift-card redeems, a card received)")


def promo_balance():
    key, mp = "acct-promo-balance", "US"
    rng = rng_for(key)
    when = at(2026, 2, 15, 7, 0, 0, -8)
    d = Doc(mp, rng, "Credits on your account", None)
    d.p(greet(mp, rng))
    d.p(f"You have {L.money(mp, 1200)} in promotional credits available. Credits are used automatically on eligible purchases. "
        f"The earliest one expires on {L.date(mp, day(2026, 4, 30))}.")
    body = finish(d, when, deals=True)
    return amazon_msg(key, FAM, mp, when, "no-reply", "You have credits to use", body, labels="Inbox,Category Promotions,Opened",
                      note="'your balance is $12.00': a statement, not a grant")


def prime_renewal():
    key, mp = "acct-prime-renewal", "US"
    rng = rng_for(key)
    when = at(2026, 3, 7, 10, 0, 0, -8)
    d = Doc(mp, rng, "Your Prime membership renews soon", None)
    d.p(greet(mp, rng))
    d.p(f"Your Prime membership will renew on {L.date(mp, day(2026, 3, 14))} for {L.money(mp, 13900)} plus tax, charged to your Visa ending in 4421.")
    d.p("Last year Prime saved you an estimated $212.40 on delivery alone.")
    body = finish(d, when, carousel=False)
    return amazon_msg(key, FAM, mp, when, "digital-no-reply", "Your Amazon Prime membership renews on March 14", body, note="Prime renewal")


def prime_de():
    key, mp = "acct-prime-de", "DE"
    rng = rng_for(key)
    when = at(2026, 3, 5, 10, 0, 0, 1)
    d = Doc(mp, rng, "Ihre Prime-Mitgliedschaft", None)
    d.p(greet(mp, rng))
    d.p(f"Ihre Prime-Mitgliedschaft wird am {L.date(mp, day(2026, 4, 12), 'num')} automatisch für {L.money(mp, 8990)} pro Jahr verlängert.")
    body = finish(d, when, carousel=False, charset="iso-8859-15")
    return amazon_msg(key, FAM, mp, when, "digital-no-reply", "Ihre Prime-Mitgliedschaft wird verlängert", body, note="German Prime renewal")


def sns_reminder():
    key, mp = "acct-sns", "US"
    rng = rng_for(key)
    when = at(2026, 2, 25, 4, 0, 0, -8)
    items = pick_items(mp, rng, 3)
    d = Doc(mp, rng, "Your upcoming Subscribe &amp; Save delivery", None)
    d.p(greet(mp, rng))
    d.p(f"Your next delivery ships on {L.date(mp, day(2026, 3, 10), 'wlong')}. Edit or skip items by {L.date(mp, day(2026, 3, 5), 'short')}.")
    d.summary([(n, L.money(mp, p * q)) for n, q, p in items] + [("You save (5%)", L.money(mp, subtotal(items) * 5 // 100, sign="-")),
                                                             ("<b>Estimated total</b>", f"<b>{L.money(mp, subtotal(items) * 95 // 100)}</b>")])
    body = finish(d, when)
    return amazon_msg(key, FAM, mp, when, "no-reply", "Your Subscribe & Save delivery is coming up", body, note="Subscribe & Save reminder")


def sns_jp():
    key, mp = "acct-sns-jp", "JP"
    rng = rng_for(key)
    when = at(2026, 2, 20, 9, 0, 0, 9)
    items = pick_items(mp, rng, 2)
    d = Doc(mp, rng, "定期おトク便のお知らせ", None)
    d.p(greet(mp, rng))
    d.p(f"次回の定期おトク便は{L.date(mp, day(2026, 3, 3), 'wlong')}に発送予定です。")
    d.summary([(n, L.money(mp, p * q)) for n, q, p in items] + [("<b>合計（税込）</b>", f"<b>{L.money(mp, subtotal(items))}</b>")])
    body = finish(d, when, charset="shift_jis")
    return amazon_msg(key, FAM, mp, when, "no-reply", "定期おトク便：次回のお届け予定", body, subject_enc="B", note="Japanese Subscribe & Save")


def dsar():
    key, mp = "acct-dsar", "US"
    rng = rng_for(key)
    when = at(2026, 1, 19, 13, 0, 0, -8)
    text = (
        f"{greet(mp, rng)}\n\nThe data you requested is ready. Download it here (the link works for 90 days, until {L.date(mp, plus(when, 90))}):\n"
        "https://www.amazon.com/hz/privacy-central/data-requests/preview.html\n\nThe download is a file named \"Your Orders.zip\".\n\nAmazon.com\n"
    )
    return amazon_msg(key, FAM, mp, when, "dsar-request", "Your Data Request", mk(None, text, "text", "utf-8", cte_text="7bit"),
                      note="data-request notice")


def amazon_pay():
    key, mp = "acct-amazon-pay", "US"
    rng = rng_for(key)
    when = at(2025, 10, 10, 15, 0, 0, -7)
    d = Doc(mp, rng, "Your payment to Cedar &amp; Twine", None)
    d.p(greet(mp, rng))
    d.p(f"You paid {L.money(mp, 6450)} to Cedar &amp; Twine with Amazon Pay on {L.date(mp, when.date(), 'short')}. "
        "For questions about your order, contact the merchant.")
    d.kv([("Merchant order ID:", "CT-20451"), ("Payment method:", "Visa ending in 4421")])
    body = finish(d, when, carousel=False)
    return amazon_msg(key, FAM, mp, when, "no-reply@pay.amazon.com", "Your Amazon Pay receipt", body, display="Amazon Pay",
                      note="Amazon Pay receipt for another shop")


def messages():
    return [f() for f in (norush_balance, promo_expiring, uk_expiring, gc_balance, promo_balance, prime_renewal, prime_de, sns_reminder, sns_jp,
                          dsar, amazon_pay)]
