"""Promo codes (amount or percent off, minimum purchase, with and without expiry, two
codes in one mail) and the marketing look-alikes that are never grants: offers
("get a $10 credit when you...") and expiring-soon reminders."""

from kit import (BST, CEST, CET, EST, FIRST, JST, PDT, PST, Msg, alternative, amazon, at, code,
                 day, fmt_date, html_leaf, rng, shell_classic, shell_modern, text_leaf, transport)

R = rng("codes_offers")
PROMO_LABELS = "Category Promotions"


def msg(note, market, domain, local, name, subject, when, body, events, k, negative=False,
        **kw):
    kw.setdefault("labels", PROMO_LABELS)
    t = transport(R, domain, when, k)
    t.update(kw)
    return Msg("codes_offers", note, market, amazon(domain, local, name), subject, when, body,
               events=events, negative=negative, **t)


def codes():
    out = []

    exp = day(2026, 10, 31)
    text = ("Hi %s,\n\nHere's $5 off your next Kindle book of $15 or more. Enter promo code"
            " READ\x1eMORE5\nat checkout. This code expires on Octo\x1eber 31, 2026 and can be"
            " used once.\n") % FIRST
    out.append(msg("code $5 off, minimum $15, expiry; QP soft breaks inside the code and the date", "US", "amazon.com", "store-news",
                   "Amazon.com", "$5 off your next Kindle book", at(2026, 8, 3, 7, 0, 0, PDT),
                   text_leaf(text), [code("READMORE5", exp, "5.00", "USD")], 0))

    exp = day(2026, 8, 15)
    text = ("Save 20%% on one Kindle book with code KBOOK20. Offer valid through %s.\n"
            "Maximum discount $10.\n") % fmt_date(exp, "us_num")
    out.append(msg("code 20% off (no amount), US numeric expiry, a $10 cap as distractor", "US",
                   "amazon.com", "store-news", "Amazon.com", "20% off a Kindle book, this week only",
                   at(2026, 8, 9, 7, 0, 0, PDT), text_leaf(text, cte="7bit"),
                   [code("KBOOK20", exp)], 1))

    exp = day(2026, 4, 30)
    text = ("Hello %s,\n\nSpring is here: take \u00a33 off any Kindle book priced \u00a35 or more"
            " with code\nSPRINGUK3. Ends %s.\n") % (FIRST, fmt_date(exp, "uk_long"))
    out.append(msg("UK code \u00a33 off, '30 April 2026', windows-1252 QP", "UK", "amazon.co.uk",
                   "store-news", "Amazon.co.uk", ("Q", "\u00a33 off your next Kindle book",
                                                  "utf-8"),
                   at(2026, 4, 1, 8, 0, 0, BST), text_leaf(text, charset="windows-1252"),
                   [code("SPRINGUK3", exp, "3.00", "GBP")], 2))

    exp = day(2026, 3, 31)
    text = ("Hallo %s,\n\nmit dem Gutscheincode LESEN5 erhalten Sie 5 \u20ac Rabatt auf eBooks"
            " ab einem\nMindestbestellwert von 25 \u20ac. G\u00fcltig bis %s.\n") % (
        FIRST, fmt_date(exp, "de_num"))
    out.append(msg("DE Gutscheincode 5 \u20ac ab 25 \u20ac, bis 31.03.2026, ISO-8859-15", "DE",
                   "amazon.de", "store-news", "Amazon.de", ("Q", "Ihr Gutscheincode f\u00fcr"
                                                            " eBooks", "iso-8859-15"),
                   at(2026, 3, 2, 8, 0, 0, CET), text_leaf(text, charset="iso-8859-15"),
                   [code("LESEN5", exp, "5.00", "EUR")], 3))

    exp = day(2026, 8, 1)
    inner = ("<p>Bonjour %s,</p><p>Profitez de <b>10&nbsp;%%</b> de r&eacute;duction sur les"
             " livres Kindle avec le code promo <b>ETE10</b>, jusqu'au %s.</p>") % (
        FIRST, fmt_date(exp, "fr_long").replace("\u00fb", "&ucirc;"))
    out.append(msg("FR code promo 10 % (no amount), '1er ao\u00fbt 2026', HTML entities", "FR",
                   "amazon.fr", "store-news", "Amazon.fr", "Votre code promo de l'\u00e9t\u00e9",
                   at(2026, 7, 1, 8, 0, 0, CEST), html_leaf(shell_modern("Code promo", inner, "fr")),
                   [code("ETE10", exp)], 0))

    exp = day(2026, 9, 30)
    text = ("ダナ 様\n\nKindle本で使える300円OFFクーポンをお届けします。\n"
            "クーポンコード：KINDLE300\n有効期限：%s\n※1,000円以上のご購入が対象です。\n") % fmt_date(
        exp, "jp_kanji")
    out.append(msg("JP \u30af\u30fc\u30dd\u30f3\u30b3\u30fc\u30c9 300\u5186OFF, Shift_JIS 8bit",
                   "JP", "amazon.co.jp", "store-news", "Amazon.co.jp",
                   ("B", "300円OFFクーポンのお知らせ", "iso-2022-jp"),
                   at(2026, 9, 1, 9, 0, 0, JST), text_leaf(text, charset="shift_jis", cte="8bit"),
                   [code("KINDLE300", exp, "300", "JPY")], 1))

    text = ("Welcome to the Amazon Appstore! Use code WELCOMEAPP for $10 off your first app or"
            " in-app\npurchase.\n")
    out.append(msg("code $10 off without an expiry -> null", "US", "amazon.com", "store-news",
                   "Amazon.com", "A welcome gift: $10 off", at(2025, 3, 3, 8, 0, 0, PST),
                   text_leaf(text), [code("WELCOMEAPP", None, "10.00", "USD")], 2))

    exp = day(2026, 4, 30)
    text = ("Hi %s,\n\nTwo codes for your spring reading and listening:\n\n  BOOKS5  - $5 off a"
            " Kindle book of $10 or more\n  MUSIC3  - $3 off a digital album\n\nBoth codes are"
            " valid until %s.\n") % (FIRST, fmt_date(exp, "us_long"))
    out.append(msg("two codes in one mail, one shared expiry, CRLF", "US", "amazon.com", "store-news",
                   "Amazon.com", "Two codes for you", at(2026, 4, 2, 7, 0, 0, PDT),
                   text_leaf(text, cte="base64"),
                   [code("BOOKS5", exp, "5.00", "USD"), code("MUSIC3", exp, "3.00", "USD")], 3,
                   eol="\r\n"))

    exp = day(2026, 11, 30)
    inner = ("<p>Rent any movie and save <b>$7</b>. Your code:</p><div style=\"border:2px dashed #ff9900;"
             "padding:12px;text-align:center;font-size:22px;letter-spacing:3px\">PVRENT7</div>"
             "<p>Redeem by %s on Prime Video.</p>") % fmt_date(exp, "iso")
    out.append(msg("code in a styled HTML box, ISO expiry", "US", "amazon.com", "store-news",
                   "Prime Video", "$7 off a movie rental", at(2026, 10, 20, 7, 0, 0, PDT),
                   html_leaf(shell_classic("Prime Video", inner), cte="base64"),
                   [code("PVRENT7", exp, "7.00", "USD")], 0))

    exp = day(2026, 3, 31)
    text = ("Hello %s,\n\nEnjoy $5 off your next eBook with code CAREAD5 (minimum $12). Expires"
            " %s.\n") % (FIRST, fmt_date(exp, "us_long"))
    out.append(msg("CA code $5 off (CAD)", "CA", "amazon.ca", "store-news", "Amazon.ca",
                   "Your $5 eBook code", at(2026, 3, 3, 8, 0, 0, EST), text_leaf(text),
                   [code("CAREAD5", exp, "5.00", "CAD")], 1))
    return out


def offers():
    out = []

    inner = ("<h2>Get a $10 credit</h2><p>Spend $50 or more on Kindle books by August 31, 2026"
             " and we'll give you a <b>$10 credit</b> toward your next Kindle book.</p>"
             "<p><a href=\"https://www.amazon.com/\" style=\"background:#ffd814;padding:8px"
             " 16px\">Shop now</a></p><p style=\"font-size:11px\">Terms apply. Credit issued"
             " within 7 days of qualifying and expires 60 days later.</p>")
    out.append(msg("marketing offer 'get a $10 credit when you spend $50' (negative)", "US",
                   "amazon.com", "store-news", "Amazon.com", "Get a $10 credit on Kindle books",
                   at(2026, 8, 1, 7, 0, 0, PDT), html_leaf(shell_modern("Get a $10 credit", inner)),
                   [], 2, negative=True))

    text = ("Start a free Audible trial this month and earn a $5 reward on Amazon.com.\n"
            "Offer ends September 30, 2026.\n")
    out.append(msg("marketing 'earn a $5 reward when you try Audible' (negative)", "US",
                   "amazon.com", "store-news", "Amazon.com", "Earn a $5 reward",
                   at(2026, 9, 1, 7, 0, 0, PDT), text_leaf(text), [], 3, negative=True))

    text = ("Not in a hurry? Choose FREE No-Rush Shipping at checkout and we'll give you a $1"
            " digital\nreward for each qualifying order.\n")
    out.append(msg("marketing for No-Rush itself (negative)", "US", "amazon.com", "store-news",
                   "Amazon.com", "Slow down and save", at(2026, 2, 5, 7, 0, 0, PST),
                   text_leaf(text, cte="7bit"), [], 0, negative=True))

    text = ("Prime Day deal: reload $100 to your gift card balance and get a $15 credit.\n"
            "Enter by July 16, 2026. One per account.\n")
    html = shell_classic("Prime Day", "<p><b>Prime Day deal:</b> reload $100 to your gift card"
                         " balance and get a $15 credit.</p><p>Enter by July 16, 2026. One per"
                         " account.</p>")
    out.append(msg("marketing 'reload $100, get $15' (negative)", "US", "amazon.com",
                   "store-news", "Amazon.com", "Prime Day: get $15 when you reload",
                   at(2026, 7, 10, 7, 0, 0, PDT), alternative(text, html), [], 1, negative=True))

    text = ("Hallo %s,\n\nsichern Sie sich 5 \u20ac Guthaben: Kaufen Sie bis zum 30.06.2026"
            " eBooks im Wert von\nmindestens 20 \u20ac, und wir schreiben Ihnen das Guthaben"
            " anschlie\u00dfend gut.\n") % FIRST
    out.append(msg("DE marketing offer 5 \u20ac Guthaben wenn... (negative)", "DE", "amazon.de",
                   "store-news", "Amazon.de", ("B", "5 \u20ac Guthaben f\u00fcr Sie", "utf-8"),
                   at(2026, 6, 1, 8, 0, 0, CEST), text_leaf(text), [], 2, negative=True))

    text = ("Bonjour %s,\n\nRecevez 10 \u20ac offerts pour 50 \u20ac d'achat de livres, jusqu'au"
            " 15 juin 2026.\n") % FIRST
    out.append(msg("FR marketing 'recevez 10 \u20ac offerts' (negative)", "FR", "amazon.fr",
                   "store-news", "Amazon.fr", ("mix", [("Q", "10 \u20ac offerts", "iso-8859-15"), "pour 50 EUR d'achat"]),
                   at(2026, 6, 2, 8, 0, 0, CEST), text_leaf(text, charset="iso-8859-15"), [], 3,
                   negative=True))

    text = ("ダナ 様\n\nキャンペーンにエントリーして期間中に合計5,000円以上お買い物をすると、"
            "￥500分のクレジットをプレゼント。\nエントリー期限：2026年11月15日\n")
    out.append(msg("JP campaign offer '\uffe5500 \u30af\u30ec\u30b8\u30c3\u30c8\u3092\u30d7\u30ec"
                   "\u30bc\u30f3\u30c8' (negative)", "JP", "amazon.co.jp", "store-news",
                   "Amazon.co.jp", ("B", "エントリーで￥500分のクレジット", "utf-8"),
                   at(2026, 11, 1, 9, 0, 0, JST), text_leaf(text, cte="base64"), [], 0,
                   negative=True))

    text = ("This Prime Day, upload a photo to Amazon Photos and get a $20 credit to spend on"
            " Prime Day.\nYou must upload by July 14, 2026.\n")
    out.append(msg("the Photos offer before any grant (negative)", "US", "amazon.com",
                   "store-news", "Amazon Photos", "Get $20 to spend on Prime Day",
                   at(2026, 7, 1, 7, 0, 0, PDT), text_leaf(text), [], 1, negative=True))
    return out


def reminders():
    out = []
    text = ("Hi %s,\n\nA quick reminder: your $2.00 digital credit expires in 5 days, on %s.\n"
            "Use it on eBooks, music, movies or apps.\n") % (FIRST, fmt_date(day(2026, 3, 10),
                                                                             "us_short"))
    out.append(msg("expiring-soon reminder (negative)", "US", "amazon.com", "no-reply",
                   "Amazon.com", "Your $2.00 credit expires soon", at(2026, 3, 5, 7, 0, 0, PST),
                   text_leaf(text), [], 2, negative=True, labels="Inbox,Category Updates"))

    text = ("Hello %s,\n\n\u00a31.00 of your No-Rush Delivery rewards expire on %s. Don't let"
            " them go to waste!\n") % (FIRST, fmt_date(day(2026, 5, 31), "uk_long"))
    out.append(msg("UK expiring-soon reminder (negative)", "UK", "amazon.co.uk", "no-reply",
                   "Amazon.co.uk", "Your rewards expire soon", at(2026, 5, 24, 8, 0, 0, BST),
                   text_leaf(text), [], 3, negative=True, labels="Inbox,Category Updates"))

    text = ("Your No-Rush rewards\n\nRewards available: 3\nTotal: $3.00\nNext expiry: $1.00 on"
            " %s\n\nSee them all at amazon.com/norushcredits\n") % fmt_date(day(2026, 6, 1),
                                                                              "us_long")
    html = shell_modern("Your No-Rush rewards", (
        "<p>Rewards available: <b>3</b></p><p>Total: <b>$3.00</b></p><p>Next expiry: $1.00 on"
        " %s</p>") % fmt_date(day(2026, 6, 1), "us_long"))
    out.append(msg("rewards balance summary: a balance, not a new grant (negative)", "US",
                   "amazon.com", "no-reply", "Amazon.com", "You have $3.00 in No-Rush rewards",
                   at(2026, 5, 1, 7, 0, 0, PDT), alternative(text, html, cte="base64"), [], 0,
                   negative=True, labels="Inbox,Category Updates"))

    text = ("Hallo %s,\n\nIhr Guthaben von 2,00 \u20ac verf\u00e4llt am %s. L\u00f6sen Sie es"
            " jetzt ein.\n") % (FIRST, fmt_date(day(2026, 6, 15), "de_num"))
    out.append(msg("DE expiring-soon reminder (negative)", "DE", "amazon.de", "no-reply",
                   "Amazon.de", ("Q", "Ihr Guthaben verf\u00e4llt bald", "utf-8"),
                   at(2026, 6, 8, 8, 0, 0, CEST), text_leaf(text), [], 1, negative=True,
                   labels="Inbox,Category Updates"))
    return out


def messages():
    return codes() + offers() + reminders()
