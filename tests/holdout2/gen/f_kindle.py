"""Kindle Rewards: points earned (incl. double/triple days), point-to-credit conversions,
and the look-alikes that carry point counts without earning any."""
import random

from .common import Msg, alt_from_plain, amz, auth_pass, grant, html_shell, order_id, points
from .dates import d, iso, us_abbr, us_long, us_num
from .mime import SOFT, Multi, Text

KR = ("Kindle Rewards", "digital-no-reply@amazon.com")


def _earned_plain(rng, when, n, title, price, exp):
    oid = order_id(rng, digital=True)
    plain = ("Kindle Rewards\n\nNice pick, Priya. Your purchase of \"%s\" (order %s, $%s) "
             "earned you %d Kindle Points.\n\nThese points expire on %s. Collect 300 and we'll turn "
             "them into a $3 reward.\n\nYou earn 3 points per $1 on Kindle books and 1 point per "
             "$1 on print books.\n" % (title, oid, price, n, us_long(d(exp))))
    return Msg("kr-earn-%d" % n, when, KR, "You earned %d Kindle Points" % n,
               alt_from_plain(plain, "kr-earn-%d" % n),
               [points(n, exp)], tz=-480, pre=[auth_pass("amazon.com")])


def _double_day(rng, when):
    oid = order_id(rng, digital=True)
    exp = "2026-02-09"
    plain = ("DOUBLE POINTS DAY\n\nYou bought \"The Salt Road\" for $8.99 on a double points day, so "
             "instead of the usual 27 points you earned 54 Kindle Points.\n\n"
             "Order: %s\nPoints earned today: 54\nPoints expire: %s\n\nThe 200-point limit per "
             "book (400 on bonus days) still applies.\n" % (oid, us_abbr(d(exp))))
    html = html_shell("<tr><td style='padding:0 20px'><h1 style='color:#c45500'>DOUBLE POINTS DAY"
                      "</h1><p>You bought <i>The Salt Road</i> for $8.99 on a double points day, so "
                      "instead of the usual 27 points you earned <b>54 Kindle Points</b>.</p>"
                      "<table><tr><td>Order</td><td>%s</td></tr><tr><td>Points earned today</td>"
                      "<td>54</td></tr><tr><td>Points expire</td><td>%s</td></tr></table>"
                      "<p class='sm'>The 200-point limit per book (400 on bonus days) still "
                      "applies.</p></td></tr>" % (oid, us_abbr(d(exp))))
    return Msg("kr-double", when, KR, "2x points: you earned 54 Kindle Points",
               Multi("alternative", [Text(plain), Text(html, "html", cte="base64")], "b1_" + "7f3a9c2e"),
               [points(54, exp)], tz=-480, note="27 is the points a normal day would give: not earned")


def _triple_table(rng, when):
    oid = order_id(rng, digital=True)
    exp = "2025-12-01"
    inner = ("<tr><td style='padding:0 20px'><p>Triple points weekend is paying off.</p>"
             "<table border='1' cellpadding='6' style='border-collapse:collapse'>"
             "<tr><th>Title</th><th>Price</th><th>Kindle Points</th><th>Expire on</th></tr>"
             "<tr><td>Winter Orchard (Kindle Edition)</td><td>$4.99</td><td>45</td><td>%s</td></tr>"
             "</table><p>Balance after this purchase: 117 points.</p></td></tr>" % us_num(d(exp)))
    return Msg("kr-triple", when, KR, "Your Kindle Points from order %s" % oid,
               Text(html_shell(inner), "html", cte="quoted-printable"), [points(45, exp)], tz=-480,
               note="balance (117) is not earned points")


def _print_book(rng, when):
    oid = order_id(rng)
    exp = "2026-06-18"
    plain = ("Priya,\n\nPrint books count too: your order %s of \"Field Guide to Urban Birds\" "
             "(hardcover, $18.40) added 18 Kindle Points to your balance.\n\nPoints expiration "
             "date: %s\n" % (oid, iso(d(exp))))
    return Msg("kr-print", when, KR, "18 Kindle Points added", Text(plain, cte="base64"),
               [points(18, exp)], tz=-420, crlf=True)


def _no_date(rng, when):
    oid = order_id(rng, digital=True)
    plain = ("You earned 12 Kindle Points on order %s.\n\nPoints expire 3 months after the month "
             "you earn them. See your points balance in Your Account > Kindle Rewards.\n" % oid)
    return Msg("kr-nodate", when, KR, "You earned 12 Kindle Points", Text(plain, cte="7bit"),
               [points(12, None)], tz=-420, note="expiry stated as a rule, not a date: null")


def _convert(when, pts, amt, exp, style):
    if style == "plain":
        plain = ("Your points just became a reward.\n\nWe converted %d Kindle Points into a $%s "
                 "Kindle Reward. It applies automatically to eligible Kindle book purchases.\n\n"
                 "Reward expires: %s\nPoints remaining: 14\n" % (pts, amt, us_long(d(exp))))
        body = Text(plain)
    else:
        inner = ("<tr><td style='padding:0 20px'><h2>Your Kindle Reward</h2><table width='100%%'>"
                 "<tr><td>Points redeemed</td><td align='right'>%d</td></tr>"
                 "<tr><td>Reward value</td><td align='right'><b>$%s</b></td></tr>"
                 "<tr><td>Use it by</td><td align='right'>%s</td></tr></table>"
                 "<p>Kindle Unlimited, Audible and magazine subscriptions are not eligible.</p>"
                 "</td></tr>" % (pts, amt[:-1] + SOFT + amt[-1:], us_abbr(d(exp))))
        body = Text(html_shell(inner), "html")
    return Msg("kr-convert-%d" % pts, when, KR, "Your $%s Kindle Reward is ready" % amt, body,
               [grant("kindle-rewards", amt, "USD", exp)], tz=-480)


def _status(when):
    plain = ("Your Kindle Rewards summary\n\nPoints balance: 240\nPoints until your next $3 reward: "
             "60\n\nPoints expiring in the next 30 days: 0\n\nBrowse Kindle deals from $1.99.\n")
    return Msg("kr-status", when, KR, "Your Kindle Rewards summary", Text(plain, cte="7bit"),
               labels="Inbox,Category Updates")


def _expiring(when):
    exp = "2026-03-03"
    plain = ("Don't let them go to waste: 45 of your Kindle Points expire on %s.\n\nBuy a Kindle "
             "book before then to reach 300 points and unlock a $3 reward.\n" % us_long(d(exp)))
    return Msg("kr-expiring", when, KR, "45 Kindle Points expire soon", Text(plain),
               labels="Inbox,Category Updates", note="expiring-soon notice: no points earned")


def _non_us(when):
    plain = ("Hello Priya,\n\nWe're writing about Kindle Rewards. The programme is only open to "
             "customers located in the United States. From 1 February 2024, accounts located "
             "outside the US will stop earning points. Points you already hold (currently 96) can "
             "still be redeemed until they expire.\n\nAmazon.co.uk\n")
    return Msg("kr-non-us", when, amz("UK", "digital-no-reply"), "Changes to Kindle Rewards",
               Text(plain), tz=0)


def build():
    rng = random.Random("holdout2/kindle")
    return [
        _earned_plain(rng, "2025-04-14 22:31:00", 27, "A Map of Quiet Places", "8.99", "2025-07-14"),
        _earned_plain(rng, "2025-09-02 06:05:00", 15, "Night Ferry", "4.99", "2025-12-02"),
        _double_day(rng, "2025-11-09 20:20:00"),
        _triple_table(rng, "2025-09-01 13:40:00"),
        _print_book(rng, "2026-03-18 10:00:00"),
        _no_date(rng, "2025-05-27 19:00:00"),
        _convert("2025-06-03 15:00:00", 300, "3.00", "2025-09-03", "plain"),
        _convert("2026-01-19 15:00:00", 600, "6.00", "2026-04-19", "html"),
        _status("2025-10-01 12:00:00"),
        _expiring("2026-02-20 12:00:00"),
        _non_us("2024-01-10 09:00:00"),
        Msg("kr-earn-crlf", "2026-02-05 07:45:00", KR, "You earned 33 Kindle Points",
            Text("You earned 33 Kindle Points on \"Paper Moons\" ($10.99).\r\nThey expire on %s.\r\n"
                 % us_abbr(d("2026-05-05")), cte="quoted-printable"),
            [points(33, "2026-05-05")], tz=-480, crlf=True),
    ]
