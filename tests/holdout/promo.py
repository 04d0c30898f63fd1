"""Promotional credits: Prime Video / Music / Photos / Prime Day, Alexa and Kindle
promotions, customer-service courtesy credits; with and without an expiry, with a
minimum basket or "sold by Amazon" terms."""

import re

import mime
from kit import (BST, CEST, CET, EST, FIRST, GMT, JST, PDT, PST, Msg, alternative, amazon, at,
                 day, fmt_date, grant, html_leaf, kv_table, rng, shell_classic, shell_modern,
                 shell_plain, split_price, text_leaf, transport, with_logo)

R = rng("promo")
SOFT = mime.SOFT
P = "promotional"


def msg(note, market, domain, local, subject, when, body, events, k, name=None, **kw):
    kw.setdefault("labels", "Inbox,Category Updates,Opened")
    t = transport(R, domain, when, k)
    t.update(kw)
    return Msg("promo", note, market, amazon(domain, local, name), subject, when, body,
               events=events, **t)


def messages():
    out = []

    exp = day(2026, 10, 31)
    text = ("Hi %s,\n\nThanks for watching with Prime Video. We've added a $5.00 promotional"
            " credit\nto your account.\n\nUse it to buy or rent movies and TV shows on Prime"
            " Video. The credit is\nlimited to one per order and expires on %s.\n") % (
        FIRST, fmt_date(exp, "us_long"))
    html = shell_modern("A $5.00 Prime Video credit is on us", (
        "<p>Hi %s,</p><p>Thanks for watching with Prime Video. We've added a <b>$5.00"
        " promotional credit</b> to your account.</p><p>Use it to buy or rent movies and TV shows"
        " on Prime Video. The credit is limited to one per order and expires on <b>%s</b>.</p>")
        % (FIRST, fmt_date(exp, "us_long")))
    html = re.sub(r"<body[^>]*>", lambda b: b.group(0) + "<img src=\"cid:pv-logo.png\""
                  " alt=\"Prime Video\" width=\"120\">", html, count=1)
    body = mime.Multi("alternative", text_leaf(text),
                      with_logo(html_leaf(html), "pv-logo.png"))
    out.append(msg("Prime Video $5 with expiry, alternative[text, related[html, inline png]]",
                   "US", "amazon.com", "digital-no-reply", "A $5.00 Prime Video credit is on us",
                   at(2026, 7, 3, 12, 0, 0, PDT), body,
                   [grant(P, "5.00", "USD", exp)], 0, name="Prime Video"))

    exp = day(2026, 6, 15)
    text = ("Hello %s,\n\nYour Amazon Music promotion is complete: a $10.00 credit has been"
            " applied\nto your account for digital music purchases (songs and albums sold by"
            "\nAmazon.com). Please use it by %s; any unused amount expires after that.\n") % (
        FIRST, fmt_date(exp, "us_short"))
    out.append(msg("Amazon Music $10, 'Jun 15, 2026', text QP", "US", "amazon.com",
                   "no-reply", "Your Amazon Music credit has been applied",
                   at(2026, 3, 11, 9, 15, 0, PDT), text_leaf(text),
                   [grant(P, "10.00", "USD", exp)], 1))

    exp = day(2026, 8, 31)
    inner = ("<p>Hello %s,</p><p>Thanks for uploading your first photo to Amazon Photos during"
             " Prime Day. As promised, your %s credit has been applied to your customer"
             " account.</p>%s<p style=\"font-size:12px\">Valid on eligible items sold by"
             " Amazon.com (excludes gift cards, digital content and items from other sellers)."
             " One per customer.</p>") % (FIRST, split_price("$", "20", "00"), kv_table([
                 ("Credit", split_price("$", "20", "00")),
                 ("Expires", fmt_date(exp, "us_long"))]))
    out.append(msg("Prime Day Amazon Photos $20, related[HTML base64, inline png], split price",
                   "US",
                   "amazon.com", "photos-noreply", "Your Prime Day credit is ready to use",
                   at(2026, 7, 19, 8, 0, 0, PDT),
                   with_logo(html_leaf(shell_classic("Your Prime Day credit", inner),
                                       cte="base64")),
                   [grant(P, "20.00", "USD", exp)], 2, name="Amazon Photos"))

    exp = day(2026, 12, 31)
    text = ("Your Prime Day reward\n\nCredit amount: $10.00\nMinimum purchase: $50.00 of"
            " eligible items sold by Amazon.com\nValid through: %s\n\nThe credit comes off"
            " automatically when your cart qualifies.\n") % fmt_date(exp, "us_num")
    out.append(msg("Prime Day $10 with a $50 minimum basket; label lines, US numeric, CRLF", "US",
                   "amazon.com", "no-reply", "Your Prime Day reward", at(2026, 7, 20, 6, 0, 0, PDT),
                   text_leaf(text, cte="7bit"), [grant(P, "10.00", "USD", exp)], 3,
                   eol="\r\n"))

    text = ("Hello %s,\n\nI'm sorry your package arrived later than we promised. As a courtesy,"
            " I've\nissued a $15.00 promotional credit to your account. It will be applied\n"
            "automatically to your next eligible purchase.\n\nWe hope to see you again soon.\n\n"
            "Best regards,\nPriya R.\nAmazon.com Customer Service\n") % FIRST
    out.append(msg("Courtesy credit $15 from customer service, no expiry stated -> null", "US",
                   "amazon.com", "cs-reply", "Your Amazon.com Inquiry", at(2026, 2, 14, 22, 40, 0, PST),
                   text_leaf(text, cte="8bit"), [grant(P, "15.00", "USD", None)], 1,
                   name="Amazon.com Customer Service"))

    text = ("Dear %s,\n\nThank you for contacting Amazon.co.uk. I'm sorry the item arrived"
            " damaged.\nAs a goodwill gesture I have added a \u00a35.00 promotional credit to"
            " your\naccount, which will be used automatically on your next order.\n\nWarm"
            " regards,\nTom\nAmazon.co.uk Customer Service\n") % FIRST
    out.append(msg("UK goodwill credit \u00a35 from customer service, no expiry -> null", "UK",
                   "amazon.co.uk", "cs-reply", "Your enquiry with Amazon.co.uk",
                   at(2026, 4, 4, 15, 5, 0, BST), text_leaf(text, charset="iso-8859-1",
                                                            cte="8bit"),
                   [grant(P, "5.00", "GBP", None)], 0, name="Amazon.co.uk"))

    exp = day(2026, 12, 31)
    text = ("Hallo %s,\n\nals Dankesch\u00f6n f\u00fcr Ihre Teilnahme an unserer Aktion haben"
            " wir Ihrem Konto\nein Aktionsguthaben in H\u00f6he von 5,\x1e00 \u20ac gutgeschrieben."
            "\n\nDas Guthaben ist auf ausgew\u00e4hlte Artikel, die von Amazon.de verkauft"
            " werden,\nanrechenbar und g\u00fcltig bis 31.12.\x1e2026.\n") % FIRST
    out.append(msg("DE Aktionsguthaben 5,00 \u20ac bis 31.12.2026, UTF-8 QP, soft breaks in amount and date", "DE", "amazon.de",
                   "aktionen", ("Q", "Ihr Aktionsguthaben \u00fcber 5,00 \u20ac", "utf-8"),
                   at(2026, 5, 5, 10, 0, 0, CEST), text_leaf(text),
                   [grant(P, "5.00", "EUR", exp)], 2))

    exp = day(2026, 6, 1)
    text = ("Bonjour %s,\n\nF\u00e9licitations ! Un cr\u00e9dit promotionnel de 5 \u20ac a"
            " \u00e9t\u00e9 ajout\u00e9 \u00e0 votre compte\npour l'achat ou la location de"
            " films et s\u00e9ries sur Prime Video.\nCe cr\u00e9dit est valable jusqu'au %s.\n") % (
        FIRST, fmt_date(exp, "fr_long"))
    out.append(msg("FR cr\u00e9dit promotionnel 5 \u20ac, windows-1252 8bit, '1er juin 2026'",
                   "FR", "amazon.fr", "primevideo", ("Q", "Votre cr\u00e9dit Prime Video",
                                                      "windows-1252"),
                   at(2026, 3, 25, 18, 0, 0, CET),
                   text_leaf(text, charset="windows-1252", cte="8bit"),
                   [grant(P, "5.00", "EUR", exp)], 3, name="Prime Video"))

    exp = day(2026, 3, 31)
    text = ("ダナ 様\n\nいつもAmazon.co.jpをご利用いただきありがとうございます。\n"
            "キャンペーンの特典として、￥500分のプロモーションクレジットをお客様のアカウントに付与しました。\n"
            "対象：Amazon.co.jpが販売する商品\n有効期限：%s\n") % fmt_date(exp, "jp_kanji")
    out.append(msg("JP \u30d7\u30ed\u30e2\u30fc\u30b7\u30e7\u30f3\u30af\u30ec\u30b8\u30c3\u30c8"
                   " \uffe5500, ISO-2022-JP 7bit", "JP", "amazon.co.jp", "no-reply",
                   ("B", "プロモーションクレジット付与のお知らせ", "iso-2022-jp"),
                   at(2026, 1, 8, 11, 0, 0, JST), text_leaf(text, charset="iso-2022-jp",
                                                            cte="7bit"),
                   [grant(P, "500", "JPY", exp)], 0))

    exp = day(2026, 3, 31)
    text = ("Hello %s,\n\nThanks for trying Prime Video Channels. A $10.00 promotional credit"
            " has been\nadded to your Amazon.ca account and can be used on Prime Video purchases"
            "\nand rentals until %s.\n") % (FIRST, fmt_date(exp, "us_long"))
    out.append(msg("CA $10 promo credit, 'March 31, 2026', CRLF", "CA", "amazon.ca",
                   "digital-no-reply", "Your promotional credit", at(2026, 1, 15, 13, 0, 0, EST),
                   text_leaf(text), [grant(P, "10.00", "CAD", exp)], 1, eol="\r\n"))

    exp = day(2026, 9, 30)
    text = ("Hi %s,\n\nYou tried shopping with Alexa, and here's your reward: a $5.00 credit"
            " toward\nyour next Alexa shopping order of eligible items sold by Amazon.com.\n"
            "Just ask Alexa to order something before %s.\n") % (FIRST, fmt_date(exp, "us_long"))
    out.append(msg("Alexa shopping $5 credit, base64 text", "US", "amazon.com", "alexa-noreply",
                   "Your $5 Alexa shopping credit", at(2026, 6, 25, 19, 0, 0, PDT),
                   text_leaf(text, cte="base64"), [grant(P, "5.00", "USD", exp)], 2,
                   name="Amazon Alexa"))

    exp = day(2026, 5, 9)
    text = ("%s, a $2.00 Kindle eBook credit has been added to your account.\n\n"
            "It expires in 30 days, on %s, and is good toward any Kindle eBook sold by\n"
            "Amazon Digital Services LLC.\n") % (FIRST, fmt_date(exp, "us_weekday"))
    out.append(msg("Kindle eBook $2 promo credit 'expires in 30 days, on Saturday, May 9, 2026'",
                   "US", "amazon.com", "digital-no-reply", "Here's $2 for your next Kindle book",
                   at(2026, 4, 9, 14, 0, 0, PDT), text_leaf(text),
                   [grant(P, "2.00", "USD", exp)], 3, name="Kindle"))

    exp = day(2026, 7, 15)
    inner = ("<p>Your Prime Video credit of <b>&#x24;20.00</b> is now available.</p>"
             "<p>Use it by <b>Jul&nbsp;15,&nbsp;2026</b> on movies and TV shows to buy or"
             " rent.</p>")
    out.append(msg("HTML only, &#x24; hex entity, date glued with &nbsp;", "US", "amazon.com",
                   "digital-no-reply", "Your Prime Video credit is available",
                   at(2026, 4, 30, 8, 0, 0, PDT), html_leaf(shell_plain(inner), cte="7bit"),
                   [grant(P, "20.00", "USD", exp)], 0, name="Prime Video"))

    text = ("Hi %s,\n\nThanks for being an Amazon Music Unlimited member. We've put a $3.00"
            " credit\non your account for your next digital music purchase.\n") % FIRST
    out.append(msg("Amazon Music $3 credit, no expiry stated -> null", "US", "amazon.com",
                   "no-reply", "A little thank-you from Amazon Music",
                   at(2026, 8, 12, 9, 0, 0, PDT), text_leaf(text),
                   [grant(P, "3.00", "USD", None)], 1, name="Amazon Music"))

    exp = day(2026, 12, 15)
    text = ("Hi %s,\n\nYou did it! Last month we offered you a $10 credit if you spent $50 on"
            " books,\nand you qualified. A $10.00 promotional credit has now been applied to"
            " your\naccount. It expires on %s.\n") % (FIRST, fmt_date(exp, "us_long"))
    out.append(msg("Grant that quotes the earlier offer ('we offered you a $10 credit if you"
                   " spent $50')", "US", "amazon.com", "no-reply", "You earned your $10 credit",
                   at(2026, 9, 2, 10, 0, 0, PDT), text_leaf(text, cte="8bit"),
                   [grant(P, "10.00", "USD", exp)], 2))

    exp = day(2026, 8, 31)
    inner = ("<p>Hello %s,</p><p>Thanks for trying Amazon Photos on Prime Day. We've applied a"
             " promotional credit to your account.</p>%s") % (FIRST, kv_table([
                 ("Amount", "&pound;15.00"), ("Valid until", fmt_date(exp, "uk_num")),
                 ("Terms", "Items sold by Amazon.co.uk; one per customer")]))
    out.append(msg("UK Prime Day Photos \u00a315, HTML, 'Valid until: 31/08/2026'", "UK",
                   "amazon.co.uk", "photos-noreply", "Your Amazon Photos credit",
                   at(2026, 7, 18, 9, 0, 0, BST),
                   html_leaf(shell_classic("Amazon Photos", inner, "amazon.co.uk", "en-GB")),
                   [grant(P, "15.00", "GBP", exp)], 3, name="Amazon Photos"))

    exp = day(2026, 11, 30)
    text = ("Hello %s,\n\nThanks for joining our digital week. Two credits are now on your"
            " account:\n\n  * $3.00 toward Amazon Music purchases\n  * $2.00 toward Prime Video"
            " rentals and purchases\n\nBoth credits expire on %s.\n") % (
        FIRST, fmt_date(exp, "us_short"))
    out.append(msg("Two credits in one mail (Music $3 and Video $2), one expiry: two grants",
                   "US", "amazon.com", "no-reply", "Your digital week credits",
                   at(2026, 8, 28, 10, 0, 0, PDT), text_leaf(text, cte="quoted-printable"),
                   [grant(P, "3.00", "USD", exp), grant(P, "2.00", "USD", exp)], 0))
    return out
