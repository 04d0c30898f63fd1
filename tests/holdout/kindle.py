"""Kindle Rewards (US only): points earned (Kindle book 3/$, print 1/$, double points,
the 200-point cap), 300 points turned into a $3.00 reward, and the look-alikes that
carry no event (points expiring soon, the monthly summary, the non-US notice)."""

from kit import (GMT, FIRST, PDT, PST, Msg, alternative, amazon, at, day, fmt_date,
                 grant, html_leaf, points, rng, shell_classic, shell_modern, text_leaf,
                 transport)

R = rng("kindle")
KR = "kindle-rewards"


def msg(note, subject, when, body, events, k, negative=False, domain="amazon.com",
        market="US", local="digital-no-reply", **kw):
    kw.setdefault("labels", "Inbox,Category Updates,Opened")
    t = transport(R, domain, when, k)
    t.update(kw)
    return Msg("kindle", note, market, amazon(domain, local, "Kindle Rewards"), subject, when,
               body, events=events, negative=negative, **t)


def messages():
    out = []

    exp = day(2026, 6, 2)
    text = ("Hi %s,\n\nThanks for your Kindle purchase of \"The Salt Road\" ($12.99).\n"
            "You earned 3\x1e8 Kindle Points with this order. These points expire on %s.\n\n"
            "Collect 300 points and we'll turn them into a $3.00 reward on Kindle books.\n") % (
        FIRST, fmt_date(exp, "us_long"))
    out.append(msg("points earned on a Kindle book; price and 300/$3.00 rule as distractors; QP soft break"
                   " inside the points number",
                   "You earned 38 Kindle Points", at(2026, 3, 2, 20, 0, 0, PST),
                   text_leaf(text), [points(38, exp)], 0))

    exp = day(2026, 8, 21)
    inner = ("<p>It's a <b>Double Points Day</b>, %s!</p><p>Your order of <i>Harbor Lights</i>"
             " earned you <span style=\"font-size:20px;font-weight:bold\">59</span> Kindle Points"
             " (2&times; the usual 3 points per dollar).</p><p>Points expire <b>%s</b>.</p>") % (
        FIRST, fmt_date(exp, "us_short"))
    out.append(msg("double points day, HTML only, number in its own span", "Double points on your"
                   " Kindle order", at(2026, 5, 21, 9, 0, 0, PDT),
                   html_leaf(shell_modern("Kindle Rewards", inner)), [points(59, exp)], 1))

    exp = day(2026, 9, 10)
    text = ("Kindle Rewards activity\n\nPurchase: The Long Field (hardcover), $24.50\n"
            "Points earned: 24\nPoints expire: %s\n\nPrint books earn 1 point per dollar;"
            " Kindle books earn 3.\n") % fmt_date(exp, "us_num")
    out.append(msg("points on a print book, label lines, US numeric date, CRLF",
                   "Kindle Rewards: 24 points added", at(2026, 6, 10, 11, 0, 0, PDT),
                   text_leaf(text, cte="7bit"), [points(24, exp)], 2, eol="\r\n"))

    exp = day(2026, 10, 14)
    text = ("Hi %s,\n\nYour purchase of the \"Northern Lights\" box set earned 200 Kindle Points,"
            " the\nmost a single book can earn. They expire on %s.\n") % (
        FIRST, fmt_date(exp, "us_long"))
    html = shell_classic("Kindle Rewards", (
        "<p>Hi %s,</p><p>Your purchase of the &quot;Northern Lights&quot; box set earned"
        " <b>200 Kindle Points</b>, the most a single book can earn. They expire on %s.</p>")
        % (FIRST, fmt_date(exp, "us_long")))
    out.append(msg("points at the 200 cap, multipart base64", "You earned 200 Kindle Points",
                   at(2026, 7, 14, 18, 30, 0, PDT), alternative(text, html, cte="base64"),
                   [points(200, exp)], 3))

    exp = day(2026, 4, 30)
    text = ("%s, you earned 15 Kindle Points on \"A Quiet Winter\". Use them before %s.\n") % (
        FIRST, fmt_date(exp, "iso"))
    out.append(msg("points, ISO date, UTF-8 Q subject with curly quotes",
                   ("Q", "15 points for \u201cA Quiet Winter\u201d", "utf-8"),
                   at(2026, 1, 30, 7, 0, 0, PST), text_leaf(text, cte="8bit"),
                   [points(15, exp)], 0))

    exp = day(2026, 9, 3)
    inner = ("<p>Congratulations, %s!</p><p>You reached 300 Kindle Points, so we've turned them"
             " into a <b>$3.00 Kindle Reward</b>.</p><table><tr><td>Reward</td><td>$3.00</td>"
             "</tr><tr><td>Use it on</td><td>Kindle books</td></tr><tr><td>Expires</td><td>%s"
             "</td></tr></table><p>Tick the Kindle Rewards box when you buy to use it.</p>") % (
        FIRST, fmt_date(exp, "us_long"))
    out.append(msg("300 points -> $3.00 reward, HTML table", "Your $3.00 Kindle Reward is"
                   " waiting", at(2026, 6, 3, 12, 0, 0, PDT),
                   html_leaf(shell_classic("Kindle Rewards", inner)), [grant(KR, "3.00", "USD", exp)], 1))

    exp = day(2026, 5, 5)
    text = ("Kindle Rewards\n\nYou converted 300 points.\nYour reward: $3.00\nGood for: Kindle"
            " books sold by Amazon.com\nExpires: %s\n") % fmt_date(exp, "us_weekday")
    out.append(msg("300 points -> $3.00 reward, base64 text, weekday date",
                   "Points converted: your Kindle Reward", at(2026, 2, 4, 8, 0, 0, PST),
                   text_leaf(text, cte="base64"), [grant(KR, "3.00", "USD", exp)], 2))

    exp = day(2026, 12, 1)
    text = ("Hi %s,\n\nGreat reading streak! Your points balance passed 300, and a $3 reward for"
            " Kindle\nbooks is now in your account. It's good until %s.\n") % (
        FIRST, fmt_date(exp, "us_short"))
    out.append(msg("$3 reward, '$3' without cents", "A Kindle Reward for you",
                   at(2026, 9, 1, 16, 0, 0, PDT), text_leaf(text), [grant(KR, "3.00", "USD", exp)],
                   3))

    text = ("Hi %s,\n\nA reminder: 120 of your Kindle Points expire in 30 days, on %s.\n"
            "Buy a Kindle book before then to turn them into a reward.\n") % (
        FIRST, fmt_date(day(2026, 10, 1), "us_long"))
    out.append(msg("points expiring soon: a reminder, no new points (negative)",
                   "Your Kindle Points expire soon", at(2026, 9, 1, 9, 0, 0, PDT),
                   text_leaf(text), [], 0, negative=True))

    text = ("Your Kindle Rewards summary for August\n\nPoints balance: 210\nPoints expiring in"
            " the next 30 days: 30 (on %s)\nRewards available: $0.00\n") % fmt_date(
        day(2026, 9, 28), "us_short")
    out.append(msg("monthly summary: a balance, not an earning (negative)",
                   "Your Kindle Rewards summary", at(2026, 9, 2, 9, 0, 0, PDT),
                   text_leaf(text, cte="7bit"), [], 1, negative=True))

    text = ("Hello %s,\n\nWe're writing about Kindle Rewards. The programme is open only to"
            " customers who\nlive in the US, so from 1 February 2024 accounts outside the US"
            " stop earning\npoints. Points you already hold can still be used until they"
            " expire.\n") % FIRST
    out.append(msg("non-US notice from amazon.co.uk (negative)", "Changes to Kindle Rewards",
                   at(2024, 1, 10, 10, 0, 0, GMT),
                   text_leaf(text), [], 2, negative=True, domain="amazon.co.uk", market="UK"))
    return out
