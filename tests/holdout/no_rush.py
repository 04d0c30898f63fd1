"""No-Rush and Amazon Day rewards ("Benefit Confirmation for your Order"), all six
marketplaces, in prose, label: value and HTML-table layouts."""

import mime
from kit import (CEST, CET, EST, FIRST, GMT, BST, JST, PDT, PST, USER_NAME, UTC, Msg,
                 alternative, amazon, at, day, fmt_date, grant, html_leaf, kv_table,
                 order_id, rng, shell_classic, shell_modern, shell_plain, split_price,
                 text_leaf, transport)

R = rng("no_rush")
SOFT, SPLIT = mime.SOFT, mime.SPLIT
NR = "no-rush"


def msg(note, market, domain, subject, when, body, events, k, local="no-reply", **kw):
    t = transport(R, domain, when, k)
    t.update(kw)
    return Msg("no_rush", note, market, amazon(domain, local), subject, when, body,
               events=events, **t)


def us():
    out = []

    o = order_id(R, "US")
    exp = day(2026, 3, 5)
    text = (
        "Hello %s,\n\n"
        "Your order %s is on its way. Because you chose FREE No-Rush Shipping, we've\n"
        "credited your account with a $1.%s00 digital reward.\n\n"
        "You can spend it on select eBooks, digital music, videos, and apps. It is applied\n"
        "automatically the next time you buy an eligible item.\n\n"
        "Reward expires: Marc%sh 5, 2026\n\n"
        "We hope to see you again soon.\nAmazon.com\n") % (FIRST, o, SOFT, SOFT)
    out.append(msg("US prose, QP soft breaks inside amount and date", "US", "amazon.com",
                   "Benefit Confirmation for your Order", at(2025, 12, 2, 18, 4, 11, PST),
                   text_leaf(text), [grant(NR, "1.00", "USD", exp, o)], 0))

    o = order_id(R, "US")
    exp = day(2026, 6, 30)
    text = (
        "Benefit Confirmation\n"
        "--------------------\n"
        "Order #:          %s\n"
        "Delivery option:  No-Rush Shipping\n"
        "Benefit:          $2.00 digital credit\n"
        "Good for:         eBooks, digital music, videos and apps sold by Amazon.com\n"
        "Valid through:    %s\n\n"
        "Your credit is applied at checkout automatically. See your balance any time at\n"
        "https://www.amazon.com/norushcredits\n") % (o, fmt_date(exp, "us_num"))
    out.append(msg("US label lines, US numeric date MM/DD/YYYY, 7bit, CRLF", "US", "amazon.com",
                   "Benefit Confirmation for your Order", at(2026, 2, 11, 7, 45, 0, PST),
                   text_leaf(text, cte="7bit"), [grant(NR, "2.00", "USD", exp, o)], 1,
                   eol="\r\n"))

    o = order_id(R, "US")
    exp = day(2026, 4, 18)
    inner = (
        "<p>Hi %s,</p>\n<p>Thanks for choosing <b>FREE No-Rush Shipping</b>. Your benefit is"
        " ready to use.</p>\n%s\n<p style=\"font-size:12px;color:#565959;\">Applies to select"
        " Kindle eBooks, digital music, Prime Video purchases and rentals, and apps.</p>") % (
        FIRST, kv_table([
            ("Order", '<a href="https://www.amazon.com/gp/css/summary/edit.html?orderID=%s">%s</a>'
             % (o, o)),
            ("Reward", split_price("&#36;", "1", "00")),
            ("Expires", "<span>April</span> <span>18</span>, 2026"),
        ]))
    out.append(msg("US HTML only: table, &#36; entity, amount and date split across spans",
                   "US", "amazon.com", "Benefit Confirmation for your Order",
                   at(2026, 1, 9, 22, 13, 40, PST),
                   html_leaf(shell_classic("Benefit Confirmation", inner)),
                   [grant(NR, "1.00", "USD", exp, o)], 2))

    o = order_id(R, "US")
    exp = day(2026, 7, 14)
    text = (
        "%s, your Amazon Day delivery is complete.\n\n"
        "You grouped your items into one weekly delivery, so they came in fewer boxes and\n"
        "with fewer trips. As a thank-you, a $2.00 digital credit is now in your account\n"
        "(order %s).\n\n"
        "Use it on Kindle books, movies, TV shows, music or apps before %s.\n") % (
        FIRST, o, fmt_date(exp, "us_short"))
    html = shell_modern("Your Amazon Day credit", (
        "<p>%s, your Amazon Day delivery is complete.</p><p>You grouped your items into one"
        " weekly delivery, so they came in fewer boxes and with fewer trips. As a thank-you, a"
        " <strong>$2.00 digital credit</strong> is now in your account (order %s).</p>"
        "<p>Use it on Kindle books, movies, TV shows, music or apps before <strong>%s</strong>."
        "</p>") % (FIRST, o, fmt_date(exp, "us_short")))
    out.append(msg("US Amazon Day $2, multipart/alternative, both parts base64", "US",
                   "amazon.com", "Your Amazon Day credit is here", at(2026, 3, 20, 16, 2, 5, PDT),
                   alternative(text, html, cte="base64"), [grant(NR, "2.00", "USD", exp, o)], 3))

    o = order_id(R, "US")
    exp = day(2026, 9, 1)
    inner = (
        "<p>Hello %s,</p><p>Your package from order <b>%s</b> was delivered. Order total:"
        " $46.18.</p><div style=\"border:1px solid #d5d9d9;border-radius:8px;padding:12px;\">"
        "<div style=\"font-size:18px;\">You earned a %s No-Rush reward</div>"
        "<div>It expires in 87 days, on %s.</div></div>"
        "<p>Your No-Rush reward balance is now $4.00.</p>") % (
        FIRST, o, split_price("$", "3", "00"), fmt_date(exp, "us_long"))
    out.append(msg("US $3 HTML modern; order total and running balance as distractors", "US",
                   "amazon.com", "You earned a $3.00 reward", at(2026, 6, 6, 11, 30, 0, PDT),
                   html_leaf(shell_modern("Benefit Confirmation", inner), cte="base64"),
                   [grant(NR, "3.00", "USD", exp, o)], 0))

    # One order, two shipments: one reward per shipment.
    o = order_id(R, "US")
    exp = day(2026, 10, 31)
    for n, when in ((1, at(2026, 7, 2, 9, 12, 0, PDT)), (2, at(2026, 7, 6, 15, 40, 0, PDT))):
        text = (
            "Hello %s,\n\n"
            "Shipment %d of 2 for order %s has left our fulfillment center.\n"
            "From this shipment you earned a $1.00 No-Rush reward for choosing slower\n"
            "shipping. Rewards can be used on select digital items: eBooks, music, videos\n"
            "and apps.\n\n"
            "This reward expires on %s.\n\n"
            "Amazon.com\n") % (FIRST, n, o, fmt_date(exp, "us_long"))
        out.append(msg("US split shipment %d/2 (same order id); body line starting 'From '"
                       " (mboxrd escape)" % n, "US", "amazon.com",
                       "Benefit Confirmation for your Order", when,
                       text_leaf(text, cte="8bit"), [grant(NR, "1.00", "USD", exp, o)], n))

    o = order_id(R, "US")
    exp = day(2026, 5, 31)
    text = (
        "Hi %s,\n\n"
        "Thanks for choosing No-Rush Shipping on order %s. This time your reward is for\n"
        "the home: a $3.00 reward on select household essentials sold by Amazon.\n\n"
        "How to use it: add $20 or more of eligible household essentials to a future order\n"
        "and the reward comes off at checkout.\n"
        "Use by: %s\n") % (FIRST, o, fmt_date(exp, "us_long"))
    out.append(msg("US non-digital category reward (household) with a minimum purchase",
                   "US", "amazon.com", "Your No-Rush reward for household essentials",
                   at(2026, 2, 24, 13, 3, 0, PST), text_leaf(text),
                   [grant(NR, "3.00", "USD", exp, o)], 2))

    exp = day(2026, 8, 15)
    text = (
        "Thanks for choosing No-Rush Shipping on your recent order.\n\n"
        "A $1.00 digital reward has been added to your Amazon account.\n"
        "Expiration date: %s\n\n"
        "Eligible: Kindle books, digital music, Prime Video rentals and purchases, apps.\n") % (
        fmt_date(exp, "iso"))
    html = shell_plain(
        "<p>Thanks for choosing No-Rush Shipping on your recent order.</p>"
        "<p>A <b>$1.00 digital reward</b> has been added to your Amazon account.<br>"
        "Expiration date: %s</p><p>Eligible: Kindle books, digital music, Prime Video rentals"
        " and purchases, apps.</p>" % fmt_date(exp, "iso"))
    out.append(msg("US no order id in the body (order_id null); ISO date; UTF-8 B subject with"
                   " emoji", "US", "amazon.com",
                   ("B", "Your $1.00 No\u2011Rush reward is ready \U0001F389", "utf-8"),
                   at(2026, 5, 12, 20, 1, 9, PDT), alternative(text, html),
                   [grant(NR, "1.00", "USD", exp, None)], 1))

    o = order_id(R, "US")
    exp = day(2026, 3, 5)
    text = (
        "Dear Customer,\n\n"
        "Benefit summary for order %s\n"
        "  Amount:      USD 1.00\n"
        "  Type:        Digital reward (No-Rush Shipping)\n"
        "  Valid until: %s\n\n"
        "To see all of your rewards, visit Your Account > No-Rush rewards summary.\n") % (
        o, fmt_date(exp, "us_weekday"))
    out.append(msg("US 'USD 1.00', weekday date; sent twice (exact duplicate copy)", "US",
                   "amazon.com", "Benefit Confirmation for your Order",
                   at(2025, 11, 28, 6, 55, 2, EST), text_leaf(text, cte="7bit"),
                   [grant(NR, "1.00", "USD", exp, o)], 3, copies=2))

    o = order_id(R, "US")
    exp = day(2026, 11, 2)
    inner = (
        "<table width=\"100%%\" style=\"border-collapse:collapse;\"><tr>"
        "<th align=\"left\">Order</th><th align=\"left\">Reward</th><th align=\"left\">"
        "Use by</th></tr><tr><td>%s</td><td>&#36;1&#46;00&nbsp;digital&nbsp;reward</td>"
        "<td>%s</td></tr></table><p>Rewards are good for eBooks, music, movies and apps.</p>") % (
        o, fmt_date(exp, "us_num"))
    out.append(msg("US HTML column table; &#36;1&#46;00 fully entity-encoded; US numeric",
                   "US", "amazon.com", "Benefit Confirmation for your Order",
                   at(2026, 7, 29, 10, 10, 10, PDT),
                   html_leaf(shell_classic("Benefit Confirmation", inner), cte="7bit"),
                   [grant(NR, "1.00", "USD", exp, o)], 0))

    o = order_id(R, "US")
    exp = day(2026, 9, 17)
    text = (
        "Good news, %s: a $1 digital reward for No-Rush Shipping (order %s) is now on your\n"
        "account. You can use it on eligible eBooks, digital music, videos and apps.\n"
        "Heads up: it expires %s, along with any other rewards that share that date.\n") % (
        FIRST, o, fmt_date(exp, "us_short"))
    out.append(msg("US '$1' without cents; 'Sep 17, 2026'", "US", "amazon.com",
                   "Benefit Confirmation for your Order", at(2026, 6, 1, 4, 20, 0, PDT),
                   text_leaf(text, cte="base64"), [grant(NR, "1.00", "USD", exp, o)], 1))

    o = order_id(R, "US")
    exp = day(2026, 12, 20)
    text = (
        "Hello %s,\n\n"
        "You chose Amazon Day for order %s, and your items shipped together.\n"
        "Here is your benefit:\n\n"
        "    $1.00 digital reward\n"
        "    expires %s\n\n"
        "You now have $5.00 in No-Rush and Amazon Day rewards.\n") % (
        FIRST, o, fmt_date(exp, "us_long"))
    out.append(msg("US Amazon Day $1; total rewards balance as a distractor", "US", "amazon.com",
                   "Benefit Confirmation for your Order", at(2026, 9, 14, 17, 0, 0, PDT),
                   text_leaf(text), [grant(NR, "1.00", "USD", exp, o)], 2))
    return out


def uk():
    out = []
    o = order_id(R, "UK")
    exp = day(2026, 3, 5)
    text = (
        "Hello %s,\n\n"
        "Good news: your order %s has been despatched.\n\n"
        "As you chose FREE No-Rush Delivery, we have added a \u00a31.00 reward to your account.\n"
        "It can be used on Kindle books and digital films and music from Amazon.co.uk.\n\n"
        "Your reward is valid until %s.\n\n"
        "Kind regards,\nAmazon.co.uk\n") % (FIRST, o, fmt_date(exp, "uk_long"))
    out.append(msg("UK prose ISO-8859-1 QP; '5 March 2026'; despatched", "UK", "amazon.co.uk",
                   "Benefit Confirmation for your Order", at(2025, 12, 1, 10, 5, 0, GMT),
                   text_leaf(text, charset="iso-8859-1"), [grant(NR, "1.00", "GBP", exp, o)], 0))

    o = order_id(R, "UK")
    exp = day(2026, 4, 7)
    inner = (
        "<p>Dear %s,</p><p>Your No-Rush Delivery benefit has been added.</p>%s") % (
        FIRST, kv_table([("Order number", o), ("Benefit", "&pound;1.00 digital reward"),
                         ("Expiry date", fmt_date(exp, "uk_num"))]))
    out.append(msg("UK HTML only, &pound; entity, British numeric date DD/MM/YYYY", "UK",
                   "amazon.co.uk", "Benefit Confirmation for your Order",
                   at(2026, 1, 15, 8, 30, 0, GMT), html_leaf(
                       shell_classic("Benefit Confirmation", inner, "amazon.co.uk", "en-GB")),
                   [grant(NR, "1.00", "GBP", exp, o)], 1))

    o = order_id(R, "UK")
    exp = day(2026, 4, 9)
    text = ("Hi %s,\n\nThanks for being patient. Order %s was despatched today using No-Rush\n"
            "Delivery, so \u00a31 has been added to your digital rewards. Spend it on Kindle\n"
            "books, films, TV and music by %s.\n") % (FIRST, o, fmt_date(exp, "uk_weekday"))
    html = shell_modern("Thanks for being patient", (
        "<p>Hi %s,</p><p>Order %s was despatched today using No-Rush Delivery, so"
        " <b>&pound;1</b> has been added to your digital rewards.</p><p>Spend it on Kindle"
        " books, films, TV and music by <b>%s</b>.</p>") % (FIRST, o, fmt_date(exp, "uk_weekday")),
        lang="en-GB")
    out.append(msg("UK multipart base64, '\u00a31' bare, 'Thursday 9 April 2026'", "UK",
                   "amazon.co.uk", "Benefit Confirmation for your Order",
                   at(2026, 1, 3, 19, 22, 0, GMT), alternative(text, html, cte="base64"),
                   [grant(NR, "1.00", "GBP", exp, o)], 2))

    o = order_id(R, "UK")
    exp = day(2026, 9, 17)
    text = ("No-Rush Delivery benefit\n"
            "Order: %s\n"
            "Reward: GBP 1.00\n"
            "Can be used on: Kindle books, digital films and music\n"
            "Expiry date: %s\n") % (o, fmt_date(exp, "uk_short"))
    out.append(msg("UK label lines 'GBP 1.00', '17 Sep 2026', 7bit CRLF", "UK", "amazon.co.uk",
                   "Benefit Confirmation for your Order", at(2026, 5, 27, 7, 1, 0, BST),
                   text_leaf(text, cte="7bit"), [grant(NR, "1.00", "GBP", exp, o)], 3,
                   eol="\r\n"))

    o = order_id(R, "UK")
    exp = day(2026, 6, 30)
    text = ("Hello %s,\n\nWe've despatched order %s. Choosing No-Rush Delivery earned you a\n"
            "\u00a31.%s00 reward for digital content.\n\nUse it by 30/0%s6/2026.\n") % (
        FIRST, o, SOFT, SOFT)
    out.append(msg("UK UTF-8 Q subject with \u00a3; QP soft breaks in amount and in DD/MM date",
                   "UK", "amazon.co.uk", ("Q", "Your \u00a31.00 No-Rush Delivery reward", "utf-8"),
                   at(2026, 3, 2, 12, 0, 0, GMT), text_leaf(text),
                   [grant(NR, "1.00", "GBP", exp, o)], 0))

    o = order_id(R, "UK")
    exp = day(2026, 10, 1)
    text = ("Hello %s,\n\nYour parcel for order %s has been despatched.\n"
            ">From the team: thanks for choosing No-Rush Delivery.\n"
            "We've added a \u00a31.00 credit for Kindle books, films and music, which you can"
            " use until %s.\n") % (FIRST, o, fmt_date(exp, "uk_long"))
    out.append(msg("UK windows-1252 8bit; body line starting '>From ' (mboxrd double escape)",
                   "UK", "amazon.co.uk", "Benefit Confirmation for your Order",
                   at(2026, 6, 18, 14, 14, 0, BST),
                   text_leaf(text, charset="windows-1252", cte="8bit"),
                   [grant(NR, "1.00", "GBP", exp, o)], 1))
    return out


def ca():
    out = []
    o = order_id(R, "CA")
    exp = day(2026, 3, 5)
    text = ("Hello %s,\n\nThanks for choosing FREE No-Rush Shipping for order %s.\n"
            "We've added a CDN$ 1.00 digital credit to your Amazon.ca account. It can be used\n"
            "for eligible Kindle books, digital music and apps and expires on %s.\n") % (
        FIRST, o, fmt_date(exp, "us_long"))
    out.append(msg("CA 'CDN$ 1.00', 'March 5, 2026'", "CA", "amazon.ca",
                   "Benefit Confirmation for your Order", at(2025, 12, 20, 9, 0, 0, EST),
                   text_leaf(text), [grant(NR, "1.00", "CAD", exp, o)], 0))

    o = order_id(R, "CA")
    exp = day(2026, 5, 20)
    inner = "<p>Your No-Rush benefit for order %s:</p>%s" % (o, kv_table([
        ("Credit", "C$1.00"), ("Expires", fmt_date(exp, "iso"))]))
    out.append(msg("CA HTML 'C$1.00', ISO date, CRLF", "CA", "amazon.ca",
                   "Benefit Confirmation for your Order", at(2026, 2, 2, 15, 0, 0, EST),
                   html_leaf(shell_classic("Benefit Confirmation", inner, "amazon.ca", "en-CA")),
                   [grant(NR, "1.00", "CAD", exp, o)], 1, eol="\r\n"))

    o = order_id(R, "CA")
    text = ("Hi %s,\n\nYour order %s shipped with No-Rush Shipping, so we've added a $1.00\n"
            "digital reward to your account.\n\nReward expiry: 04/06/2026\n") % (FIRST, o)
    out.append(msg("CA '$1.00' (CAD by marketplace); numeric date 04/06/2026 is ambiguous on"
                   " amazon.ca (April 6 or 4 June): no expiry labelled", "CA", "amazon.ca",
                   "Benefit Confirmation for your Order", at(2026, 1, 21, 11, 11, 0, EST),
                   text_leaf(text, cte="7bit"), [grant(NR, "1.00", "CAD", None, o)], 2))

    o = order_id(R, "CA")
    exp = day(2026, 3, 25)
    text = ("Hi %s,\n\nOrder %s: No-Rush reward of $1.00 (CAD) added.\n"
            "Reward expiry: 25/03/2026\n") % (FIRST, o)
    out.append(msg("CA numeric 25/03/2026: only one reading possible (25 is not a month)",
                   "CA", "amazon.ca", "Benefit Confirmation for your Order",
                   at(2025, 12, 27, 16, 40, 0, EST), text_leaf(text),
                   [grant(NR, "1.00", "CAD", exp, o)], 3))

    o = order_id(R, "CA")
    exp = day(2026, 3, 5)
    text = ("Bonjour %s,\n\nMerci d'avoir choisi la livraison sans urgence (No-Rush) pour la"
            " commande %s.\nUn crédit numérique de 1,00 $ a été ajouté à votre compte"
            " Amazon.ca.\nIl est valable jusqu'au %s.\n") % (FIRST, o, fmt_date(exp, "fr_long"))
    out.append(msg("CA in French: '1,00 $', '5 mars 2026', UTF-8 Q subject", "CA", "amazon.ca",
                   ("Q", "Confirmation de l'avantage li\u00e9 \u00e0 votre commande", "utf-8"),
                   at(2025, 11, 30, 13, 0, 0, EST), text_leaf(text),
                   [grant(NR, "1.00", "CAD", exp, o)], 0))
    return out


def de():
    out = []
    o = order_id(R, "DE")
    exp = day(2026, 3, 5)
    text = ("Guten Tag %s,\n\nIhre Bestellung %s wurde versandt. Da Sie sich f\u00fcr den"
            " No-Rush-Versand\nentschieden haben, haben wir Ihrem Kundenkonto eine digitale"
            " Gutschrift\n\u00fcber EUR 1,00 gutgeschrieben.\n\n"
            "Sie k\u00f6nnen die Gutschrift f\u00fcr ausgew\u00e4hlte eBooks, digitale Musik,"
            " Filme und Apps\nverwenden. G\u00fcltig bis: %s\n\n"
            "Mit freundlichen Gr\u00fc\u00dfen\nIhr Amazon.de Kundenservice\n") % (
        USER_NAME, o, fmt_date(exp, "de_num"))
    out.append(msg("DE ISO-8859-1 QP 'EUR 1,00' '05.03.2026'; ISO-8859-1 Q subject", "DE",
                   "amazon.de", ("Q", "Best\u00e4tigung Ihres Vorteils", "iso-8859-1"),
                   at(2025, 12, 3, 8, 10, 0, CET), text_leaf(text, charset="iso-8859-1"),
                   [grant(NR, "1.00", "EUR", exp, o)], 0))

    o = order_id(R, "DE")
    exp = day(2026, 3, 5)
    text = ("Hallo %s,\n\nvielen Dank f\u00fcr Ihre Geduld! F\u00fcr Ihre Bestellung %s mit"
            " No-Rush-Versand erhalten\nSie 1,00 \u20ac Guthaben f\u00fcr digitale Inhalte."
            " Das Guthaben verf\u00e4llt am %s.\n") % (FIRST, o, fmt_date(exp, "de_long"))
    out.append(msg("DE ISO-8859-15 8bit '1,00 \u20ac' '5. M\u00e4rz 2026'", "DE", "amazon.de",
                   "Ihr Vorteil zu Ihrer Bestellung", at(2025, 12, 8, 17, 45, 0, CET),
                   text_leaf(text, charset="iso-8859-15", cte="8bit"),
                   [grant(NR, "1.00", "EUR", exp, o)], 1))

    o = order_id(R, "DE")
    exp = day(2026, 3, 31)
    text = ("Guten Tag,\n\nf\u00fcr die Bestellung %s haben wir Ihnen eine Gutschrift von 1,%s00"
            " \u20ac\nf\u00fcr eBooks, Musik und Videos gutgeschrieben (No-Rush-Versand).\n"
            "Einl\u00f6sbar bis 31. M%s\u00e4rz 2026.\n") % (o, SOFT, SPLIT)
    out.append(msg("DE UTF-8 QP: soft break inside '1,00', soft break inside the bytes of"
                   " '\u00e4' in 'M\u00e4rz'", "DE", "amazon.de",
                   ("B", "Ihre Gutschrift f\u00fcr den No-Rush-Versand", "utf-8"),
                   at(2026, 1, 6, 9, 20, 0, CET), text_leaf(text),
                   [grant(NR, "1.00", "EUR", exp, o)], 2))

    o = order_id(R, "DE")
    exp = day(2026, 6, 12)
    inner = ("<p>Hallo %s,</p><p>Ihre Bestellung %s ist unterwegs. Als Dankesch&ouml;n f&uuml;r"
             " den No-Rush-Versand haben wir Ihnen %s Guthaben f&uuml;r digitale Inhalte"
             " gutgeschrieben.</p><p>G&uuml;ltig bis <b>%s</b>.</p>") % (
        FIRST, o, split_price("&euro;", "1", "00", ",", symbol_after=True, sep="&nbsp;"),
        fmt_date(exp, "de_weekday").replace("\u00e4", "&auml;"))
    out.append(msg("DE HTML only with &euro;, &auml;, amount split across spans, weekday date",
                   "DE", "amazon.de", "Ihr No-Rush-Vorteil", at(2026, 3, 1, 10, 0, 0, CET),
                   html_leaf(shell_modern("Ihr Vorteil", inner, "de"), cte="7bit"),
                   [grant(NR, "1.00", "EUR", exp, o)], 3))

    o = order_id(R, "DE")
    exp = day(2026, 7, 5)
    text = ("Ihre Vorteilsbest\u00e4tigung\n\nBestellnummer: %s\nVersandart: No-Rush-Versand\n"
            "Gutschrift: 1,00 EUR\nVerwendbar f\u00fcr: Kindle eBooks, digitale Musik, Videos\n"
            "G\u00fcltig bis: %s\n") % (o, fmt_date(exp, "de_num_short"))
    html = shell_plain("<h3>Ihre Vorteilsbest&auml;tigung</h3>" + kv_table([
        ("Bestellnummer", o), ("Versandart", "No-Rush-Versand"), ("Gutschrift", "1,00 EUR"),
        ("G&uuml;ltig bis", fmt_date(exp, "de_num_short"))]))
    out.append(msg("DE multipart base64, '1,00 EUR', short numeric '5.7.2026'; raw 8-bit"
                   " UTF-8 subject (RFC 6532)", "DE",
                   "amazon.de", ("raw", "Best\u00e4tigung Ihres Vorteils f\u00fcr Ihre Bestellung"),
                   at(2026, 4, 2, 7, 0, 0, CEST), alternative(text, html, cte="base64"),
                   [grant(NR, "1.00", "EUR", exp, o)], 0))

    o = order_id(R, "DE")
    exp = day(2026, 10, 31)
    text = ("Hallo %s,\n\ndank Ihres Amazon Day kamen Ihre Artikel in weniger Paketen.\n"
            "F\u00fcr die Bestellung %s schreiben wir Ihnen 2,00 \u20ac digitales Guthaben gut.\n"
            "Das Guthaben ist bis zum %s einl\u00f6sbar.\n") % (FIRST, o, fmt_date(exp, "de_long0"))
    out.append(msg("DE Amazon Day 2,00 \u20ac, '31. Oktober 2026'; subject: ASCII word + encoded word", "DE", "amazon.de",
                   ("mix", ["Ihr", ("Q", "Amazon Day-Guthaben \u00fcber 2,00 \u20ac", "iso-8859-15")]),
                   at(2026, 7, 30, 18, 0, 0, CEST), text_leaf(text, charset="iso-8859-15"),
                   [grant(NR, "2.00", "EUR", exp, o)], 1))
    return out


def fr():
    out = []
    o = order_id(R, "FR")
    exp = day(2026, 3, 5)
    text = ("Bonjour %s,\n\nVotre commande %s a \u00e9t\u00e9 exp\u00e9di\u00e9e. Comme vous"
            " avez choisi la livraison\nNo-Rush, un avantage num\u00e9rique de 1,00 \u20ac a"
            " \u00e9t\u00e9 cr\u00e9dit\u00e9 sur votre compte.\n\nIl est utilisable sur une"
            " s\u00e9lection de livres Kindle, de musique et de vid\u00e9os.\n"
            "Cet avantage expire le %s.\n\nCordialement,\nLe Service Client d'Amazon.fr\n") % (
        FIRST, o, fmt_date(exp, "fr_long"))
    out.append(msg("FR ISO-8859-15 QP, '1,00 \u20ac', 'cr\u00e9dit\u00e9', '5 mars 2026'", "FR",
                   "amazon.fr", "Confirmation de votre avantage", at(2025, 12, 4, 9, 0, 0, CET),
                   text_leaf(text, charset="iso-8859-15"), [grant(NR, "1.00", "EUR", exp, o)], 0))

    o = order_id(R, "FR")
    exp = day(2026, 4, 1)
    text = ("Bonjour,\n\nMerci d'avoir opt\u00e9 pour la livraison No-Rush (commande %s).\n"
            "Nous avons cr\u00e9dit\u00e9 1,00 \u20ac sur votre solde d'avantages num\u00e9riques,"
            " valable jusqu'au %s.\n") % (o, fmt_date(exp, "fr_long"))
    out.append(msg("FR windows-1252 body labelled iso-8859-1 (\u20ac is byte 0x80); '1er avril"
                   " 2026'", "FR", "amazon.fr", "Votre avantage No-Rush",
                   at(2025, 12, 29, 8, 0, 0, CET),
                   text_leaf(text, charset="windows-1252", cte="8bit",
                             charset_label="iso-8859-1"),
                   [grant(NR, "1.00", "EUR", exp, o)], 1))

    o = order_id(R, "FR")
    exp = day(2026, 3, 1)
    inner = ("<p>Bonjour %s,</p><p>Pour vous remercier d'avoir choisi la livraison No-Rush pour"
             " la commande %s, nous vous offrons <b>1&nbsp;&euro;</b> &agrave; d&eacute;penser en"
             " contenus num&eacute;riques.</p><p>Valable jusqu'au %s.</p>") % (
        FIRST, o, fmt_date(exp, "fr_long"))
    out.append(msg("FR HTML only base64, '1 \u20ac' without cents, '1er mars 2026'", "FR",
                   "amazon.fr", ("B", "Votre avantage pour la commande", "utf-8"),
                   at(2025, 11, 20, 14, 0, 0, CET),
                   html_leaf(shell_classic("Votre avantage", inner, "amazon.fr", "fr"),
                             cte="base64"), [grant(NR, "1.00", "EUR", exp, o)], 2))

    o = order_id(R, "FR")
    exp = day(2026, 5, 8)
    text = ("Confirmation d'avantage\n\nNum\u00e9ro de commande : %s\nMontant : 1,00 EUR\n"
            "Date d'expiration : %s\n") % (o, fmt_date(exp, "fr_num"))
    html = shell_plain("<p><b>Confirmation d'avantage</b></p>" + kv_table([
        ("Num&eacute;ro de commande", o), ("Montant", "1,00&nbsp;EUR"),
        ("Date d'expiration", fmt_date(exp, "fr_num"))]))
    out.append(msg("FR multipart QP, '1,00 EUR', numeric '08/05/2026' (day first)", "FR",
                   "amazon.fr", "Confirmation de l'avantage pour votre commande",
                   at(2026, 2, 9, 11, 0, 0, CET), alternative(text, html),
                   [grant(NR, "1.00", "EUR", exp, o)], 3))

    o = order_id(R, "FR")
    exp = day(2026, 7, 9)
    text = ("Bonjour %s,\n\nBonne nouvelle : gr\u00e2ce \u00e0 la livraison No-Rush de votre"
            " commande %s,\nvous b\u00e9n\u00e9ficiez de 1,00 \u20ac sur vos prochains achats"
            " num\u00e9riques\n(eBooks Kindle, musique, vid\u00e9o), jusqu'au %s inclus.\n") % (
        FIRST, o, fmt_date(exp, "fr_weekday"))
    out.append(msg("FR UTF-8 base64 text, weekday date 'jeudi 9 juillet 2026'", "FR", "amazon.fr",
                   "Confirmation de l'avantage pour votre commande",
                   at(2026, 4, 10, 16, 0, 0, CEST), text_leaf(text, cte="base64"),
                   [grant(NR, "1.00", "EUR", exp, o)], 0))
    return out


def jp():
    out = []
    o = order_id(R, "JP")
    exp = day(2026, 3, 5)
    text = ("ホイットフィールド ダナ 様\n\nAmazon.co.jpをご利用いただき、ありがとうございます。\n"
            "お急ぎ便を利用しない配送（No-Rush配送）をお選びいただいたご注文 %s が\n"
            "発送されましたので、特典として￥100分のデジタル特典をお客様のアカウントに付与しました。\n\n"
            "対象のKindle本、デジタルミュージック、Prime Videoのレンタル・購入にご利用いただけます。\n"
            "特典の有効期限：%s\n\n今後ともAmazon.co.jpをよろしくお願いいたします。\n") % (
        o, fmt_date(exp, "jp_kanji"))
    out.append(msg("JP ISO-2022-JP 7bit, '￥100', '2026年3月5日', ISO-2022-JP B subject", "JP",
                   "amazon.co.jp", ("B", "特典付与のお知らせ", "iso-2022-jp"),
                   at(2025, 12, 5, 10, 0, 0, JST), text_leaf(text, charset="iso-2022-jp",
                                                             cte="7bit"),
                   [grant(NR, "100", "JPY", exp, o)], 0))

    o = order_id(R, "JP")
    exp = day(2026, 3, 5)
    text = ("ダナ 様\n\nご注文番号：%s\n特典内容：デジタル特典 100円\n有効期限：%s\n\n"
            "特典は次回のデジタルコンテンツのご購入時に自動的に適用されます。\n") % (
        o, fmt_date(exp, "jp_slash"))
    out.append(msg("JP Shift_JIS base64, '100円', '2026/03/05', CRLF", "JP", "amazon.co.jp",
                   ("B", "ご注文の特典について", "shift_jis"), at(2025, 12, 10, 15, 0, 0, JST),
                   text_leaf(text, charset="shift_jis", cte="base64"),
                   [grant(NR, "100", "JPY", exp, o)], 1, eol="\r\n"))

    o = order_id(R, "JP")
    exp = day(2026, 4, 30)
    inner = ("<p>ダナ 様</p><p>ご注文 %s の配送方法として「お急ぎ便なし」をお選びいただきありがとうございます。</p>"
             "<table><tr><td>特典</td><td><b>&yen;200</b> デジタル特典</td></tr>"
             "<tr><td>有効期限</td><td>%s</td></tr></table>") % (o, fmt_date(exp, "jp_kanji0"))
    out.append(msg("JP HTML UTF-8 '&yen;200', '2026年04月30日'", "JP", "amazon.co.jp",
                   ("B", "特典確定のお知らせ：ご注文 " + o, "utf-8"), at(2026, 1, 30, 9, 0, 0, JST),
                   html_leaf(shell_classic("特典確定のお知らせ", inner, "amazon.co.jp", "ja")),
                   [grant(NR, "200", "JPY", exp, o)], 2))

    o = order_id(R, "JP")
    exp = day(2026, 6, 30)
    text = ("ダナ 様\n\nご注文 %s の商品を発送しました。\nNo-Rush配送の特典として、"
            "￥100をデジタル特典残高に追加しました。\n有効期限は2026年6%s月30日です。\n") % (o, SPLIT)
    out.append(msg("JP Shift_JIS QP with a soft break between the two bytes of a kanji", "JP",
                   "amazon.co.jp", ("B", "特典付与のお知らせ", "shift_jis"),
                   at(2026, 3, 3, 12, 0, 0, JST), text_leaf(text, charset="shift_jis"),
                   [grant(NR, "100", "JPY", exp, o)], 3))

    o = order_id(R, "JP")
    exp = day(2026, 3, 5)
    text = ("ダナ 様\n\nご注文番号 %s\n付与された特典： 100 円（デジタルコンテンツ用）\n"
            "ご利用期限： %s まで\n") % (o, fmt_date(exp, "jp_slash_short"))
    out.append(msg("JP EUC-JP 8bit, '100 円', '2026/3/5'", "JP", "amazon.co.jp",
                   ("B", "特典付与のお知らせ", "iso-2022-jp"), at(2025, 12, 12, 8, 0, 0, JST),
                   text_leaf(text, charset="euc-jp", cte="8bit"),
                   [grant(NR, "100", "JPY", exp, o)], 0))

    o = order_id(R, "JP")
    exp = day(2026, 8, 31)
    text = ("ダナ 様\n\nAmazon Dayでのお届けをご利用いただきありがとうございます。\n"
            "ご注文 %s の特典として300円分のデジタル特典を付与しました。\n"
            "有効期限：%s\n") % (o, fmt_date(exp, "jp_weekday"))
    html = shell_modern("Amazon Day 特典", (
        "<p>ダナ 様</p><p>Amazon Dayでのお届けをご利用いただきありがとうございます。</p>"
        "<p>ご注文 %s の特典として<b>300円分</b>のデジタル特典を付与しました。</p>"
        "<p>有効期限：%s</p>") % (o, fmt_date(exp, "jp_weekday")), lang="ja")
    out.append(msg("JP Amazon Day 300円 multipart UTF-8, weekday '2026年8月31日(月)'", "JP",
                   "amazon.co.jp", ("Q", "Amazon Day 特典のお知らせ", "utf-8"),
                   at(2026, 5, 20, 9, 30, 0, JST), alternative(text, html),
                   [grant(NR, "300", "JPY", exp, o)], 1))
    return out


def messages():
    return us() + uk() + ca() + de() + fr() + jp()
