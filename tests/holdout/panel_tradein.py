"""Amazon Shopper Panel rewards (US dollars, UK 10p per receipt, a survey reward, a
donation to charity) and Trade-In payouts (accepted, accepted at a revised lower
value, a revised offer still pending, rejected, received but not yet checked).
Both pay into the gift-card balance: expires_on stays null."""

from kit import (BST, CEST, EST, FIRST, GMT, JST, PDT, PST, Msg, alternative, amazon, at,
                 grant, html_leaf, kv_table, rng, shell_classic, shell_modern, text_leaf,
                 transport)

R = rng("panel_tradein")
SP, TI = "shopper-panel", "trade-in"


def msg(family_note, market, domain, local, name, subject, when, body, events, k,
        negative=False, **kw):
    kw.setdefault("labels", "Inbox,Category Updates,Opened")
    t = transport(R, domain, when, k)
    t.update(kw)
    return Msg("panel_tradein", family_note, market, amazon(domain, local, name), subject, when,
               body, events=events, negative=negative, **t)


def panel():
    out = []
    name = "Amazon Shopper Panel"

    text = ("Hi %s,\n\nThanks for sharing your receipts in April. You submitted 10 eligible"
            " receipts,\nso we've added $10.00 to your Amazon Balance.\n\nKeep uploading in May"
            " to earn again.\n") % FIRST
    html = shell_modern("Your April reward", (
        "<p>Hi %s,</p><p>Thanks for sharing your receipts in April. You submitted 10 eligible"
        " receipts, so we've added <b>$10.00</b> to your Amazon Balance.</p>"
        "<p>Keep uploading in May to earn again.</p>") % FIRST)
    out.append(msg("Shopper Panel US $10 monthly reward, multipart", "US", "amazon.com",
                   "panel-noreply", name, "Your Shopper Panel reward for April",
                   at(2026, 5, 6, 10, 0, 0, PDT), alternative(text, html),
                   [grant(SP, "10.00", "USD")], 0))

    text = ("Hello %s,\n\nHere is your Shopper Panel summary for March:\n"
            "  Receipts:  $4.00\n  Surveys:   $0.50\n  Total:     $4.50\n\n"
            "We've added $4.50 to your Amazon Balance.\n") % FIRST
    out.append(msg("Shopper Panel US: components listed, one total credited ($4.50)", "US",
                   "amazon.com", "panel-noreply", name, "Your March Shopper Panel earnings",
                   at(2026, 4, 7, 10, 0, 0, PDT), text_leaf(text, cte="7bit"),
                   [grant(SP, "4.50", "USD")], 1))

    text = ("Thanks for completing the survey \"Your household coffee habits\". $0.50 has been"
            " added\nto your Amazon Balance.\n")
    out.append(msg("Shopper Panel US survey reward $0.50", "US", "amazon.com", "panel-noreply",
                   name, "Thanks for completing a survey", at(2026, 6, 19, 15, 0, 0, PDT),
                   text_leaf(text, cte="base64"), [grant(SP, "0.50", "USD")], 2))

    text = ("Hello %s,\n\nYou uploaded 14 approved receipts in May, earning 10p for each one.\n"
            "\u00a31.\x1e40 has been added to your Amazon balance.\n") % FIRST
    out.append(msg("Shopper Panel UK 10p per receipt -> \u00a31.40, ISO-8859-1 QP soft break in the amount", "UK", "amazon.co.uk",
                   "panel-noreply", name, "Your Amazon Shopper Panel reward",
                   at(2026, 6, 4, 9, 0, 0, BST), text_leaf(text, charset="iso-8859-1"),
                   [grant(SP, "1.40", "GBP")], 3))

    inner = ("<p>Hello %s,</p><p>You had <b>7</b> approved receipts in June (10p each).</p>"
             "<p>We've added <b>70p</b> to your Amazon balance.</p>") % FIRST
    out.append(msg("Shopper Panel UK '70p' written in pence, HTML only", "UK", "amazon.co.uk",
                   "panel-noreply", name, "Your Amazon Shopper Panel reward",
                   at(2026, 7, 3, 9, 0, 0, BST),
                   html_leaf(shell_classic("Shopper Panel", inner, "amazon.co.uk", "en-GB")),
                   [grant(SP, "0.70", "GBP")], 0))

    text = ("Hello %s,\n\nWell done: you reached this month's maximum reward of \u00a35.00.\n"
            "Reward added to your Amazon balance: \u00a35.00\nApproved receipts: 62\n") % FIRST
    out.append(msg("Shopper Panel UK capped at \u00a35.00, windows-1252", "UK", "amazon.co.uk",
                   "panel-noreply", name, "You reached your monthly maximum",
                   at(2026, 8, 4, 9, 0, 0, BST), text_leaf(text, charset="windows-1252"),
                   [grant(SP, "5.00", "GBP")], 1))

    text = ("Thanks for completing our survey. You earned 25p, which is now in your Amazon"
            " balance.\n")
    out.append(msg("Shopper Panel UK survey 25p", "UK", "amazon.co.uk", "panel-noreply", name,
                   "Survey reward", at(2026, 8, 20, 12, 0, 0, BST), text_leaf(text, cte="7bit"),
                   [grant(SP, "0.25", "GBP")], 2))

    text = ("Hi %s,\n\nThank you for being part of Amazon Shopper Panel. Your July reward of"
            " $10.00\nhas been donated to Reading Is Fundamental, the charity you selected.\n"
            "Nothing was added to your Amazon Balance this month.\n") % FIRST
    out.append(msg("Shopper Panel US reward donated to charity (negative)", "US", "amazon.com",
                   "panel-noreply", name, "Your Shopper Panel donation",
                   at(2026, 8, 5, 10, 0, 0, PDT), text_leaf(text), [], 3, negative=True))

    text = ("Hello %s,\n\nAs you requested, your reward for August (\u00a32.10) went to the"
            " charity you\nchose in the app. Thank you for your generosity.\n") % FIRST
    out.append(msg("Shopper Panel UK reward donated (negative)", "UK", "amazon.co.uk",
                   "panel-noreply", name, "Your reward was donated",
                   at(2026, 9, 3, 9, 0, 0, BST), text_leaf(text), [], 0, negative=True))

    text = ("Hallo %s,\n\nvielen Dank f\u00fcr Ihre Teilnahme am Amazon Shopper Panel im"
            " September.\nWir haben Ihrem Amazon-Konto 5,00 \u20ac als Guthaben"
            " gutgeschrieben.\n") % FIRST
    out.append(msg("Shopper Panel DE 5,00 \u20ac, ISO-8859-15 QP", "DE", "amazon.de",
                   "panel-noreply", name, ("Q", "Ihre Pr\u00e4mie vom Amazon Shopper Panel",
                                           "iso-8859-15"),
                   at(2026, 10, 5, 9, 0, 0, CEST), text_leaf(text, charset="iso-8859-15"),
                   [grant(SP, "5.00", "EUR")], 1))

    text = ("ダナ 様\n\nAmazon Shopper Panelにご参加いただきありがとうございます。\n"
            "9月分の特典として、￥300をAmazonギフトカード残高に追加しました。\n")
    out.append(msg("Shopper Panel JP \uffe5300 to the gift-card balance, UTF-8 base64", "JP",
                   "amazon.co.jp", "panel-noreply", name,
                   ("B", "Amazon Shopper Panel 特典のお知らせ", "utf-8"),
                   at(2026, 10, 6, 10, 0, 0, JST), text_leaf(text, cte="base64"),
                   [grant(SP, "300", "JPY")], 2))
    return out


def tradein():
    out = []
    name = "Amazon Trade-In"

    inner = ("<p>Hello %s,</p><p>We received and checked your Kindle Paperwhite (10th"
             " generation). Good news: it was accepted.</p>%s<p>You can see the amount in Your"
             " Account under Gift Card balance.</p>") % (FIRST, kv_table([
                 ("Trade-in ID", "TI-ZW3H8Q"), ("Status", "Accepted"),
                 ("Added to your gift card balance", "$38.25")]))
    out.append(msg("Trade-In US accepted $38.25, HTML", "US", "amazon.com", "tradein-noreply",
                   name, "Your trade-in has been accepted", at(2026, 3, 17, 11, 0, 0, PDT),
                   html_leaf(shell_classic("Amazon Trade-In", inner)),
                   [grant(TI, "38.25", "USD")], 0))

    text = ("Hello %s,\n\nThank you for trading in your Echo Show 5. It passed our checks and"
            " we have\ncredited \u00a318.00 to your Amazon.co.uk Gift Card balance.\n") % FIRST
    out.append(msg("Trade-In UK accepted \u00a318.00", "UK", "amazon.co.uk", "trade-in", name,
                   "Trade-in complete", at(2026, 4, 21, 14, 0, 0, BST), text_leaf(text),
                   [grant(TI, "18.00", "GBP")], 1))

    text = ("Hello %s,\n\nYou were quoted $45.00 for your Fire HD 10 tablet. When we inspected"
            " it, the\nscreen had scratches that the quote did not cover, so its trade-in value"
            " is lower.\n\nRevised value: $31.50\nWe have added $31.50 to your gift card"
            " balance.\n") % FIRST
    out.append(msg("Trade-In accepted at a revised lower value: quoted $45.00, credited $31.50",
                   "US", "amazon.com", "tradein-noreply", name,
                   "Your trade-in was accepted at a revised value", at(2026, 5, 2, 9, 0, 0, PDT),
                   text_leaf(text), [grant(TI, "31.50", "USD")], 2))

    text = ("Hello %s,\n\nWe inspected your Kindle Oasis. We can offer $20.00 instead of the"
            " $38.00 you\nwere quoted. Please accept or decline the revised offer within 7 days"
            " in Your\nTrade-Ins. If you decline, we will return the device at no cost.\n") % FIRST
    out.append(msg("Trade-In revised offer awaiting the customer's answer: nothing credited"
                   " (negative)", "US", "amazon.com", "tradein-noreply", name,
                   "Action needed: revised trade-in offer", at(2026, 6, 11, 9, 0, 0, PDT),
                   text_leaf(text, cte="7bit"), [], 3, negative=True))

    text = ("Hello %s,\n\nWe're sorry, but we could not accept your Echo Dot (3rd Gen) for"
            " trade-in\n(quoted value $12.00): it did not power on. We'll ship it back to you"
            " free of\ncharge within 5 business days.\n") % FIRST
    out.append(msg("Trade-In rejected and returned (negative)", "US", "amazon.com",
                   "tradein-noreply", name, "Update on your trade-in",
                   at(2026, 7, 8, 9, 0, 0, PDT), text_leaf(text), [], 0, negative=True))

    text = ("Hi %s,\n\nYour Kindle (11th Gen) trade-in is complete and $25.00 has been added to"
            " your\ngift card balance.\n\nThanks for trading in: you can also save 20%% on a new"
            " Kindle. The discount\nis applied automatically at checkout until October 1,"
            " 2026.\n") % FIRST
    html = shell_modern("Trade-in complete", (
        "<p>Hi %s,</p><p>Your Kindle (11th Gen) trade-in is complete and <b>$25.00</b> has been"
        " added to your gift card balance.</p><p>Thanks for trading in: you can also save 20%%"
        " on a new Kindle. The discount is applied automatically at checkout until October 1,"
        " 2026.</p>") % FIRST)
    out.append(msg("Trade-In $25 plus an automatic 20%-off device discount (only the payout"
                   " is a grant)", "US", "amazon.com", "tradein-noreply", name,
                   "Your trade-in is complete", at(2026, 8, 14, 9, 0, 0, PDT),
                   alternative(text, html, cte="base64"), [grant(TI, "25.00", "USD")], 1))

    text = ("Guten Tag %s,\n\nIhr eingesandtes Ger\u00e4t (Fire TV Stick 4K) wurde gepr\u00fcft"
            " und angenommen.\nWir haben Ihrem Geschenkgutschein-Konto 35,00 \u20ac"
            " gutgeschrieben.\n") % FIRST
    out.append(msg("Trade-In DE angenommen 35,00 \u20ac, UTF-8 8bit, CRLF", "DE", "amazon.de",
                   "trade-in", "Amazon Trade-In", "Ihr Trade-In wurde abgeschlossen",
                   at(2026, 9, 9, 9, 0, 0, CEST), text_leaf(text, cte="8bit"),
                   [grant(TI, "35.00", "EUR")], 2, eol="\r\n"))

    text = ("Hello %s,\n\nWe've received your trade-in (Echo Show 8, quoted at $55.00). We'll"
            " inspect it\nand email you within 2 business days; once accepted, the amount goes"
            " to your gift\ncard balance.\n") % FIRST
    out.append(msg("Trade-In received, not yet checked: a quote, nothing credited (negative)",
                   "US", "amazon.com", "tradein-noreply", name, "We received your trade-in",
                   at(2026, 9, 20, 9, 0, 0, PDT), text_leaf(text), [], 3, negative=True))
    return out


def messages():
    return panel() + tradein()
