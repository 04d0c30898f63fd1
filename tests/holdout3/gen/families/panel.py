"""Amazon Shopper Panel: monthly and survey rewards paid into the Amazon balance (grants, expires_on
null as nothing is stated), and the look-alikes: a donated reward, progress and receipt notices, a
summary restating a balance."""

from __future__ import annotations

from .. import locale as L
from ..chrome import Doc
from ..compose import amazon_msg, body as mk
from ..core import at, grant, rng_for
from ._common import finish, greet

FAM = "shopper-panel"


def us_monthly():
    key, mp = "panel-us-monthly", "US"
    rng = rng_for(key)
    when = at(2026, 2, 3, 15, 0, 0, -8)
    amt = 1000
    d = Doc(mp, rng, "Your January reward", None)
    d.p(greet(mp, rng))
    d.p(f"You uploaded 10 eligible receipts in January. <b>{L.money(mp, amt)}</b> has been added to your Amazon Balance.")
    d.kv([("Receipts approved:", "10 of 10"), ("Reward:", L.money(mp, amt)), ("Paid to:", "Amazon Balance")])
    d.p("Keep going: upload receipts from any store, or forward e-receipts to receipts@panel.amazon.com.")
    body = finish(d, when, carousel=False)
    return amazon_msg(key, FAM, mp, when, "panel-noreply@panel.amazon.com", "You earned your Shopper Panel reward", body, display="Amazon Shopper Panel",
                      events=[grant("shopper-panel", amt, "USD")], note="sender on panel.amazon.com (an Amazon subdomain)")


def us_survey():
    key, mp = "panel-us-survey", "US"
    rng = rng_for(key)
    when = at(2025, 9, 18, 12, 0, 0, -7)
    amt = 50
    text = (
        f"{greet(mp, rng)}\n\n"
        f"Thanks for completing the survey \"Weekend grocery habits\". We've added {L.money(mp, amt)} to your Amazon Balance.\n\n"
        "Surveys this month: 1 completed, 2 available.\n"
        "Receipts this month: 4 uploaded (upload 6 more to earn the $10.00 monthly reward).\n\n"
        "Amazon Shopper Panel\nhttps://panel.amazon.com\n"
    )
    return amazon_msg(key, FAM, mp, when, "panel-noreply@amazon.com", "Survey reward added", mk(None, text, "text", "utf-8", cte_text="7bit"),
                      display="Amazon Shopper Panel", events=[grant("shopper-panel", amt, "USD")],
                      note="a survey reward of $0.50; the $10.00 monthly reward is only a target")


def uk_receipts():
    key, mp = "panel-uk", "UK"
    rng = rng_for(key)
    when = at(2026, 3, 2, 11, 0, 0)
    amt = 130
    d = Doc(mp, rng, "Your Shopper Panel reward for February", None)
    d.p(greet(mp, rng))
    d.p(f"13 of your receipts were approved in February at 10p each. We\u2019ve added {L.money(mp, amt)} to your Amazon balance.")
    d.p("You can earn up to £5.00 a month from receipts, plus extra rewards for surveys.")
    body = finish(d, when, carousel=False, charset="iso-8859-1")
    return amazon_msg(key, FAM, mp, when, "panel-noreply", "Your Shopper Panel reward", body, display="Amazon Shopper Panel",
                      events=[grant("shopper-panel", amt, "GBP")], note="10p per approved receipt; the £5.00 cap is not a credit")


def de_reward():
    key, mp = "panel-de", "DE"
    rng = rng_for(key)
    when = at(2025, 11, 4, 10, 0, 0, 1)
    amt = 250
    d = Doc(mp, rng, "Ihre Shopper-Panel-Prämie", None)
    d.p(greet(mp, rng))
    d.p(f"für Ihre Umfragen im Oktober haben wir Ihrem Amazon-Guthaben {L.money(mp, amt)} gutgeschrieben.")
    body = finish(d, when, carousel=False)
    return amazon_msg(key, FAM, mp, when, "panel-noreply", "Ihre Prämie wurde gutgeschrieben", body, display="Amazon Shopper Panel",
                      events=[grant("shopper-panel", amt, "EUR")], note="German panel reward, no date stated")


def jp_reward():
    key, mp = "panel-jp", "JP"
    rng = rng_for(key)
    when = at(2026, 2, 2, 9, 0, 0, 9)
    amt = 300
    d = Doc(mp, rng, "ショッパーパネルの特典", None)
    d.p(greet(mp, rng))
    d.p(f"1月にアップロードされたレシートの特典として、{L.money(mp, amt, 1)}をAmazonギフトカード残高に追加しました。")
    body = finish(d, when, carousel=False, charset="shift_jis", cte_html="quoted-printable", cte_text="base64")
    return amazon_msg(key, FAM, mp, when, "panel-noreply", "ショッパーパネル特典を追加しました", body, display="Amazon Shopper Panel",
                      subject_enc="B", events=[grant("shopper-panel", amt, "JPY")], note="Shift_JIS; quoted-printable HTML")


# ---------------------------------------------------------------- look-alikes


def charity():
    key, mp = "panel-charity", "US"
    rng = rng_for(key)
    when = at(2025, 12, 2, 15, 0, 0, -8)
    d = Doc(mp, rng, "Thank you for giving", None)
    d.p(greet(mp, rng))
    d.p(f"As you chose, your November reward of {L.money(mp, 1000)} was donated to Riverbend Food Bank. Thank you for your generosity.")
    d.p("You can change where your rewards go at any time in the Shopper Panel app.")
    body = finish(d, when, carousel=False)
    return amazon_msg(key, FAM, mp, when, "panel-noreply@panel.amazon.com", "Your reward was donated", body, display="Amazon Shopper Panel",
                      note="reward donated to charity: not the user's credit")


def progress():
    key, mp = "panel-progress", "US"
    rng = rng_for(key)
    when = at(2026, 2, 20, 18, 0, 0, -8)
    d = Doc(mp, rng, "You're 4 receipts away", None)
    d.p(greet(mp, rng))
    d.p(f"You've uploaded 6 eligible receipts this month. Upload 4 more by {L.date(mp, when.date().replace(day=28))} to earn {L.money(mp, 1000)}.")
    body = finish(d, when, carousel=False)
    return amazon_msg(key, FAM, mp, when, "panel-noreply@panel.amazon.com", "Almost there: 4 more receipts", body, display="Amazon Shopper Panel",
                      labels="Inbox,Category Promotions,Unread", maildir="new", note="progress toward a reward: an offer, not a grant")


def summary():
    key, mp = "panel-summary", "US"
    rng = rng_for(key)
    when = at(2026, 2, 6, 8, 0, 0, -8)
    d = Doc(mp, rng, "Your Shopper Panel activity", None)
    d.p(greet(mp, rng))
    d.summary([("Receipts approved in January:", "10 of 10"), ("Surveys completed:", "0"),
               ("January reward (added to your Amazon Balance on February 3):", L.money(mp, 1000)),
               ("<b>Rewards earned since you joined:</b>", f"<b>{L.money(mp, 3750)}</b>")], title="January activity")
    d.p("This summary is for your records: the January reward was paid and announced on February 3.")
    body = finish(d, when, carousel=False)
    return amazon_msg(key, FAM, mp, when, "panel-noreply@panel.amazon.com", "Your monthly Shopper Panel summary", body, display="Amazon Shopper Panel",
                      note="monthly summary restating the January reward (panel-us-monthly) and a lifetime total: no new grant")


def receipt_ok():
    key, mp = "panel-receipt", "US"
    rng = rng_for(key)
    when = at(2026, 1, 14, 19, 0, 0, -8)
    text = (
        f"{greet(mp, rng)}\n\nYour receipt from Corner Market ({L.date(mp, when.date(), 'short')}, total {L.money(mp, 4812)}) was approved.\n"
        "Receipts approved this month: 3 of 10.\n\nAmazon Shopper Panel\n"
    )
    return amazon_msg(key, FAM, mp, when, "panel-noreply@panel.amazon.com", "Receipt approved", mk(None, text, "text", "us-ascii", cte_text="7bit"),
                      display="Amazon Shopper Panel", note="receipt approved: a store total, no reward yet")


def messages():
    return [f() for f in (us_monthly, us_survey, uk_receipts, de_reward, jp_reward, charity, progress, summary, receipt_ok)]
