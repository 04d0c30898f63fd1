"""Kindle Rewards (US only): points earned (points + stated expiry), $3.00 rewards (grant kindle-rewards),
and the look-alikes: points about to expire, a monthly points summary, the non-US notice."""

from __future__ import annotations

from .. import locale as L
from ..chrome import Doc
from ..compose import amazon_msg, body as mk
from ..core import at, day, digital_order_id, grant, points, rng_for
from ._common import finish, greet, plus

FAM = "kindle-rewards"
BOOKS = [
    ("The Salt Road Letters", 1299),
    ("A Field Guide to Northern Rivers", 999),
    ("Night Trains of Europe", 1499),
    ("Small Engines, Big Ideas", 799),
    ("The Orchard Keeper's Daughter", 1199),
]


def earned_1():
    key, mp = "kindle-points-1", "US"
    rng = rng_for(key)
    when = at(2026, 2, 12, 21, 3, 0, -8)
    title, price = BOOKS[0]
    pts, exp = 38, day(2026, 5, 12)
    d = Doc(mp, rng, f"You earned {pts} Kindle Points", None, sender_kind="digital")
    d.p(greet(mp, rng))
    d.p(f"Your purchase of <i>{title}</i> ({L.money(mp, price)}) earned you <b>{pts} Kindle Points</b>.")
    d.p(f"Points earned today expire on {L.date(mp, exp)}. Every 300 points become a {L.money(mp, 300)} reward toward Kindle books.")
    d.kv([("Points balance:", "212 points"), ("Points to your next reward:", "88")])
    d.p("Earn 3 points for every $1 spent on Kindle books and 1 point for every $1 spent on print books.", style="font-size:12px;color:#565959")
    body = finish(d, when)
    return amazon_msg(key, FAM, mp, when, "digital-no-reply", f"You earned {pts} Kindle Points", body, display="Kindle Rewards",
                      events=[points(pts, exp)], note="the balance (212) and the 88 still needed are not points earned")


def earned_2():
    key, mp = "kindle-points-2", "US"
    rng = rng_for(key)
    when = at(2026, 3, 3, 13, 0, 0, -8)
    pts, exp = 48, day(2026, 6, 3)
    text = (
        f"{greet(mp, rng)}\n\n"
        "Double Points Day: thanks for buying a print book today.\n\n"
        f"Order total:        {L.money(mp, 2400)}\n"
        f"Points earned:      {pts} Kindle Points (2 x 24)\n"
        f"Points expire:      {exp.isoformat()}\n\n"
        "Points are added once your order ships. You can see your points on the Kindle Rewards page:\n"
        "https://www.amazon.com/kindle-dbs/rewards\n\n"
        "Amazon.com\n"
    )
    return amazon_msg(key, FAM, mp, when, "digital-no-reply", "Double Points: your Kindle Points", mk(None, text, "text", "utf-8", cte_text="8bit"),
                      display="Kindle Rewards", events=[points(pts, exp)], note="text only, 8bit; double points on a print book")


def earned_3():
    key, mp = "kindle-points-3", "US"
    rng = rng_for(key)
    when = at(2025, 10, 30, 8, 20, 0, -7)
    pts, exp = 53, day(2026, 1, 30)
    d = Doc(mp, rng, "Kindle Points added", None)
    d.p(greet(mp, rng))
    d.p(f"You earned {pts} Kindle Points on your order of {BOOKS[1][0]} and {BOOKS[3][0]}.")
    d.p(f"These points are yours until {L.date(mp, exp, 'wlong')}.")
    body = finish(d, when, layout="html", cte_html="base64")
    return amazon_msg(key, FAM, mp, when, "digital-no-reply", "Kindle Points added to your account", body, display="Kindle Rewards",
                      events=[points(pts, exp)], note="HTML only, base64; one total for two books")


def receipt_with_points():
    key, mp = "kindle-receipt-points", "US"
    rng = rng_for(key)
    when = at(2026, 1, 20, 23, 55, 0, -8)
    title, price = BOOKS[4]
    oid = digital_order_id(rng)
    pts, exp = 35, day(2026, 4, 20)
    tax = price * 9 // 100
    d = Doc(mp, rng, "Thank you for your order", None)
    d.p(greet(mp, rng))
    d.p(f"Your Kindle book is ready to read. Order #{oid}.")
    d.summary([("Item Subtotal:", L.money(mp, price)), ("Tax Collected:", L.money(mp, tax)), ("<b>Grand Total:</b>", f"<b>{L.money(mp, price + tax)}</b>")],
              title=f"<i>{title}</i> \u2013 Kindle Edition")
    d.p(f"Paid by: Visa ending in 4421. Kindle Points earned with this order: {pts} points (expire {L.date(mp, exp, 'short')}).")
    body = finish(d, when)
    return amazon_msg(key, FAM, mp, when, "digital-no-reply", f"Amazon.com order of {title}", body,
                      events=[points(pts, exp)], note="a digital receipt paid by card (no redeem) that also reports points earned")


def reward_1():
    key, mp = "kindle-reward-1", "US"
    rng = rng_for(key)
    when = at(2025, 12, 14, 10, 0, 0, -8)
    amt, exp = 300, day(2026, 3, 14)
    d = Doc(mp, rng, "Your Kindle reward is ready", None)
    d.p(greet(mp, rng))
    d.p(f"You reached 300 Kindle Points, so we turned them into a <b>{L.money(mp, amt)} reward</b> for Kindle books.")
    d.p(f"Your reward will be applied automatically at checkout. Use it by {L.date(mp, exp)}.")
    d.kv([("Remaining points:", "17"), ("Next reward at:", "300 points")])
    body = finish(d, when, deals=True)
    return amazon_msg(key, FAM, mp, when, "digital-no-reply", f"Your {L.money(mp, amt)} Kindle reward", body, display="Kindle Rewards",
                      events=[grant("kindle-rewards", amt, "USD", exp)], note="points converted to a $3.00 reward")


def reward_2():
    key, mp = "kindle-reward-2", "US"
    rng = rng_for(key)
    when = at(2025, 5, 16, 7, 30, 0, -7)
    amt, exp = 300, day(2025, 8, 15)
    d = Doc(mp, rng, "Reward unlocked", None)
    d.p(greet(mp, rng))
    d.p(f"Congratulations: you unlocked a {L.money(mp, amt)} Kindle Rewards credit. Expires {L.date(mp, exp, 'num')}.")
    d.p("Rewards can't be used on Kindle Unlimited, magazines or textbooks.")
    body = finish(d, when, layout="alt", charset="iso-8859-1", cte_text="quoted-printable", cte_html="quoted-printable")
    return amazon_msg(key, FAM, mp, when, "digital-no-reply", "Reward unlocked", body, display="Kindle Rewards",
                      events=[grant("kindle-rewards", amt, "USD", exp)], crlf=True, note="CRLF, ISO-8859-1, US numeric expiry")


# ---------------------------------------------------------------- look-alikes


def expiring():
    key, mp = "kindle-expiring", "US"
    rng = rng_for(key)
    when = at(2026, 2, 25, 9, 0, 0, -8)
    d = Doc(mp, rng, "Your Kindle Points expire soon", None)
    d.p(greet(mp, rng))
    d.p(f"85 of your Kindle Points expire on {L.date(mp, plus(when, 30))}. Buy a Kindle book before then to reach 300 points and get a "
        f"{L.money(mp, 300)} reward.")
    d.p("Top Kindle deals today from $1.99.")
    body = finish(d, when, deals=True)
    return amazon_msg(key, FAM, mp, when, "digital-no-reply", "Don't lose your Kindle Points", body, display="Kindle Rewards",
                      labels="Inbox,Category Promotions,Opened", note="points about to expire: a notice, not points earned")


def summary():
    key, mp = "kindle-summary", "US"
    rng = rng_for(key)
    when = at(2026, 3, 1, 6, 0, 0, -8)
    d = Doc(mp, rng, "Your Kindle Rewards in February", None)
    d.p(greet(mp, rng))
    d.summary([("Points at start of month:", "140"), ("Points earned:", "86"), ("Points expired:", "0"), ("<b>Points balance:</b>", "<b>226</b>")],
              title="February summary")
    d.p(f"You're 74 points away from a {L.money(mp, 300)} reward.")
    body = finish(d, when)
    return amazon_msg(key, FAM, mp, when, "digital-no-reply", "Your monthly Kindle Rewards summary", body, display="Kindle Rewards",
                      note="a monthly summary restating points already reported: no new points event")


def non_us():
    key, mp = "kindle-non-us", "UK"
    rng = rng_for(key)
    when = at(2024, 1, 10, 10, 0, 0)
    d = Doc(mp, rng, "An update about Kindle Rewards", None)
    d.p(greet(mp, rng))
    d.p("From 1 February 2024 Kindle Rewards will be open only to customers based in the United States, so accounts outside the US "
        "will stop earning points on that date.")
    body = finish(d, when, carousel=False)
    return amazon_msg(key, FAM, mp, when, "digital-no-reply", "Changes to Kindle Rewards", body, note="programme notice: no event")


def messages():
    return [f() for f in (earned_1, earned_2, earned_3, receipt_with_points, reward_1, reward_2, expiring, summary, non_us)]
