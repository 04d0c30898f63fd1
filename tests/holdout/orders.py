"""Order confirmations: credits used (redeem: gift-card amount, promotion, No-Rush and
Kindle rewards lines, split tender, several credits on one order), No-Rush or Amazon
Day chosen at checkout (promise), and orders whose discount lines are not credits
(free shipping, a clipped coupon, Subscribe & Save, a No-Rush instant discount)."""

from kit import (BST, CEST, CET, EST, FIRST, JST, PDT, PST, Msg, alternative, amazon, at,
                 digital_order_id, html_leaf, order_id, promise, redeem, rng, shell_classic,
                 shell_modern, split_price, text_leaf, transport)

R = rng("orders")


def msg(note, market, domain, local, subject, when, body, events, k, negative=False, **kw):
    kw.setdefault("labels", "Inbox,Category Updates,Opened")
    t = transport(R, domain, when, k)
    t.update(kw)
    return Msg("orders", note, market, amazon(domain, local), subject, when, body,
               events=events, negative=negative, **t)


def summary(rows, width=44):
    """Order-summary rows 'Label ....... $x.xx' as plain text."""
    return "\n".join(("%s " % k).ljust(width - len(v) - 1, ".") + " " + v for k, v in rows)


def html_summary(rows):
    out = ["<table cellpadding=\"4\" style=\"width:100%;border-top:1px solid #ddd\">"]
    for k, v in rows:
        bold = " style=\"font-weight:bold\"" if k.startswith(("Grand", "Order Total")) else ""
        out.append("<tr%s><td>%s</td><td align=\"right\">%s</td></tr>" % (bold, k, v))
    out.append("</table>")
    return "\n".join(out)


def redeems():
    out = []

    o = order_id(R, "US")
    text = ("Hello %s,\n\nThanks for your order. We'll let you know once your item(s) have"
            " dispatched.\n\nOrder #%s\nPlaced on %s\n\n  Stainless steel kettle, 1.7 L"
            "      $32.85\n\n%s\n\nPayment: Gift Card balance and Visa ending in 4417\n") % (
        FIRST, o, "Friday, January 16, 2026", summary([
            ("Item(s) Subtotal:", "$32.85"), ("Shipping & Handling:", "$0.00"),
            ("Total before tax:", "$32.85"), ("Estimated tax to be collected:", "$0.00"),
            ("Gift Card Amount:", "-$10.\x1e00"), ("Grand Total:", "$22.85")]))
    out.append(msg("retail order, split tender: gift card -$10.00 then Visa; dotted summary; QP soft break"
                   " in the amount",
                   "US", "amazon.com", "auto-confirm", "Your Amazon.com order #%s" % o,
                   at(2026, 1, 16, 20, 14, 0, PST), text_leaf(text),
                   [redeem("gift-card", "10.00", "USD", o)], 0))

    o = order_id(R, "US")
    rows = [("Item(s) Subtotal:", split_price("$", "25", "98")),
            ("Shipping &amp; Handling:", split_price("$", "0", "00")),
            ("Estimated tax to be collected:", split_price("$", "1", "50")),
            ("Gift Card Amount:", "-" + split_price("$", "27", "48")),
            ("Grand Total:", split_price("$", "0", "00"))]
    inner = ("<p>Hello %s,</p><p>Your order <b>#%s</b> has been placed.</p>"
             "<p>Noise-cancelling headphones case &times; 2</p>%s") % (FIRST, o, html_summary(rows))
    out.append(msg("retail order fully paid by gift card, HTML only, prices split in spans",
                   "US", "amazon.com", "auto-confirm", "Your Amazon.com order #%s" % o,
                   at(2026, 3, 9, 18, 2, 0, PST),
                   html_leaf(shell_classic("Order Confirmation", inner)),
                   [redeem("gift-card", "27.48", "USD", o)], 1))

    o = digital_order_id(R)
    text = ("Thank you for shopping with us, %s.\n\nDigital Order: %s\nKindle Edition: \"The"
            " Lantern Keeper\"\nSold by: Amazon.com Services LLC\n\n%s\n") % (
        FIRST, o, summary([("Item Subtotal:", "$3.99"), ("Promotion Applied:", "-$3.99"),
                           ("Grand Total:", "$0.00")]))
    out.append(msg("digital order paid in full by a promotional credit", "US", "amazon.com",
                   "digital-no-reply", "Amazon.com order of The Lantern Keeper",
                   at(2026, 2, 2, 21, 0, 0, PST), text_leaf(text, cte="7bit"),
                   [redeem("promotional", "3.99", "USD", o)], 2))

    o = digital_order_id(R)
    text = ("Hello %s,\n\nDigital order %s\nAlbum: Northern Skies (MP3)\n\nItem price: $7.99\n"
            "No-Rush Rewards Applied: -$2.00\nCharged to Visa ending in 4417: $5.99\n") % (FIRST, o)
    out.append(msg("digital order, partial use of No-Rush rewards ($2.00 of $7.99)", "US",
                   "amazon.com", "digital-no-reply", "Your Amazon.com digital order",
                   at(2026, 3, 28, 17, 0, 0, PDT), text_leaf(text),
                   [redeem("no-rush", "2.00", "USD", o)], 3))

    o = digital_order_id(R)
    rows = [("Item Subtotal:", "$6.99"), ("Promotional Credit:", "-$1.00"),
            ("Gift Card Amount:", "-$5.99"), ("Grand Total:", "$0.00")]
    text = ("Order %s\nMovie rental (HD): The Long Summer\n\n%s\n") % (o, summary(rows))
    html = shell_modern("Thanks for your order", "<p>Order %s<br>Movie rental (HD): The Long"
                        " Summer</p>%s" % (o, html_summary(rows)))
    out.append(msg("digital order using a promotional credit AND gift-card balance (two"
                   " redeems)", "US", "amazon.com", "digital-no-reply",
                   "Your Prime Video order", at(2026, 4, 17, 20, 0, 0, PDT),
                   alternative(text, html, cte="base64"),
                   [redeem("promotional", "1.00", "USD", o), redeem("gift-card", "5.99", "USD", o)],
                   0))

    o = digital_order_id(R)
    text = ("Thanks for your Kindle order, %s.\n\nOrder #: %s\n\"Winter Orchard\" (Kindle"
            " Edition)  $11.99\nKindle Rewards: -$3.00\nOrder Total: $8.99\n") % (FIRST, o)
    out.append(msg("Kindle order using a $3.00 Kindle Reward, CRLF", "US", "amazon.com",
                   "digital-no-reply", "Your Kindle order", at(2026, 6, 20, 22, 0, 0, PDT),
                   text_leaf(text, cte="8bit"), [redeem("kindle-rewards", "3.00", "USD", o)], 1,
                   eol="\r\n"))

    o = digital_order_id(R)
    text = ("Hello %s,\n\nThank you for your order from Amazon.co.uk.\n\nOrder reference: %s\n"
            "Film purchase (HD): Coastal Towns\n\nItem total: \u00a34.99\nPromotion applied:"
            " -\u00a31.00\nOrder total: \u00a33.99\n") % (FIRST, o)
    out.append(msg("UK digital order with 'Promotion applied: -\u00a31.00'", "UK", "amazon.co.uk",
                   "digital-no-reply", "Your Amazon.co.uk order", at(2026, 5, 9, 19, 0, 0, BST),
                   text_leaf(text, charset="iso-8859-1"),
                   [redeem("promotional", "1.00", "GBP", o)], 2))

    o = digital_order_id(R)
    inner = ("<p>Hallo %s,</p><p>vielen Dank f&uuml;r Ihre Bestellung %s (Kindle eBook"
             " &bdquo;Stille Wasser&ldquo;).</p>%s") % (FIRST, o, html_summary([
                 ("Zwischensumme:", "3,99&nbsp;&euro;"), ("Aktionsguthaben:", "-1,00&nbsp;&euro;"),
                 ("Gesamtsumme:", "2,99&nbsp;&euro;")]))
    out.append(msg("DE digital order, 'Aktionsguthaben: -1,00 \u20ac', HTML ISO-8859-15", "DE",
                   "amazon.de", "digital-no-reply", ("Q", "Ihre Bestellung bei Amazon.de",
                                                     "iso-8859-15"),
                   at(2026, 4, 3, 19, 0, 0, CEST),
                   html_leaf(shell_modern("Bestellbest\u00e4tigung", inner, "de"),
                             charset="iso-8859-15"),
                   [redeem("promotional", "1.00", "EUR", o)], 3))

    o = order_id(R, "JP")
    text = ("ダナ 様\n\nご注文ありがとうございます。\n注文番号：%s\n\n商品の小計：￥2,480\n"
            "配送料：￥0\nギフトカードの使用額：-￥500\nご請求額：￥1,980\n") % o
    out.append(msg("JP retail order, gift card -\uffe5500, ISO-2022-JP", "JP", "amazon.co.jp",
                   "auto-confirm", ("B", "Amazon.co.jp ご注文の確認", "iso-2022-jp"),
                   at(2026, 5, 22, 10, 0, 0, JST), text_leaf(text, charset="iso-2022-jp",
                                                             cte="7bit"),
                   [redeem("gift-card", "500", "JPY", o)], 0))

    o = digital_order_id(R)
    text = ("Bonjour %s,\n\nMerci pour votre commande num\u00e9rique %s.\n\nSous-total : 2,99"
            " \u20ac\nCr\u00e9dit promotionnel appliqu\u00e9 : -1,00 \u20ac\nTotal : 1,99"
            " \u20ac\n") % (FIRST, o)
    out.append(msg("FR digital order, 'Cr\u00e9dit promotionnel appliqu\u00e9 : -1,00 \u20ac'",
                   "FR", "amazon.fr", "digital-no-reply", "Votre commande Amazon.fr",
                   at(2026, 6, 5, 20, 0, 0, CEST), text_leaf(text, cte="base64"),
                   [redeem("promotional", "1.00", "EUR", o)], 1))

    o = digital_order_id(R)
    inner = ("<p>Order <b>%s</b></p><table><tr><td>Season pass: Harbor Nights</td>"
             "<td align=\"right\"><span>$</span>4<span>.</span>99</td></tr>"
             "<tr><td>Promotion Applied</td><td align=\"right\">-<span>$</span>4<span>.</span>99"
             "</td></tr><tr><td><b>Grand Total</b></td><td align=\"right\"><b>$0.00</b></td></tr>"
             "</table>") % o
    out.append(msg("digital order HTML only: '-$4.99' split across tags", "US", "amazon.com",
                   "digital-no-reply", "Your Amazon.com order", at(2026, 8, 1, 19, 0, 0, PDT),
                   html_leaf(shell_plain_inner(inner), cte="quoted-printable"),
                   [redeem("promotional", "4.99", "USD", o)], 2))
    return out


def shell_plain_inner(inner):
    return "<html><body style=\"font-family:Arial\">%s</body></html>\n" % inner


def promises():
    out = []

    o = order_id(R, "US")
    text = ("Hello %s,\n\nThanks for your order #%s.\n\nShipping speed: FREE No-Rush Shipping"
            " (arrives Mar 12 - Mar 14)\nReward: because you chose No-Rush, a $1.00 digital"
            " reward will be added to\nyour account once this order ships.\n\nOrder Total:"
            " $18.47\n") % (FIRST, o)
    html = shell_classic("Order Confirmation", (
        "<p>Hello %s,</p><p>Thanks for your order #%s.</p><p><b>Shipping speed:</b> FREE No-Rush"
        " Shipping (arrives Mar 12 - Mar 14)</p><p style=\"background:#f0f8ff;padding:8px\">"
        "Because you chose No-Rush, a <b>$1.00 digital reward</b> will be added to your account"
        " once this order ships.</p><p>Order Total: $18.47</p>") % (FIRST, o))
    out.append(msg("order confirmation choosing No-Rush: promise $1.00", "US", "amazon.com",
                   "auto-confirm", "Your Amazon.com order #%s" % o, at(2026, 3, 6, 21, 0, 0, PST),
                   alternative(text, html), [promise("no-rush", "1.00", "USD", o)], 3))

    o = order_id(R, "US")
    text = ("Hi %s,\n\nOrder #%s is scheduled for your Amazon Day, Thursday.\nYou'll get a"
            " $2.00 digital credit after your Amazon Day delivery.\n\nOrder Total: $41.06\n") % (
        FIRST, o)
    out.append(msg("order confirmation with Amazon Day: promise $2.00", "US", "amazon.com",
                   "auto-confirm", "Your Amazon.com order #%s" % o, at(2026, 4, 20, 8, 0, 0, PDT),
                   text_leaf(text, cte="7bit"), [promise("no-rush", "2.00", "USD", o)], 0))

    o = order_id(R, "UK")
    text = ("Hello %s,\n\nThank you for your order %s.\nDelivery option: FREE No-Rush Delivery"
            "\nOnce your order is despatched we'll add a \u00a31.%s00 reward for digital content"
            " to\nyour account.\n\nOrder total: \u00a312.99\n") % (FIRST, o, "\x1e")
    out.append(msg("UK order with No-Rush Delivery: promise \u00a31.00, QP soft break in amount",
                   "UK", "amazon.co.uk", "auto-confirm", "Your Amazon.co.uk order %s" % o,
                   at(2026, 5, 11, 12, 0, 0, BST), text_leaf(text),
                   [promise("no-rush", "1.00", "GBP", o)], 1))

    o = order_id(R, "CA")
    text = ("Hello %s,\n\nOrder #%s\nShipping: FREE No-Rush Shipping\nYou'll earn a $1.00"
            " digital reward when your order ships.\nOrder Total: CDN$ 23.15\n") % (FIRST, o)
    out.append(msg("CA order with No-Rush: promise $1.00 CAD", "CA", "amazon.ca", "auto-confirm",
                   "Your Amazon.ca order #%s" % o, at(2026, 6, 2, 12, 0, 0, EST),
                   text_leaf(text, cte="base64"), [promise("no-rush", "1.00", "CAD", o)], 2))

    o = order_id(R, "DE")
    text = ("Hallo %s,\n\nvielen Dank f\u00fcr Ihre Bestellung %s.\nVersandart: No-Rush-Versand"
            "\nNach dem Versand schreiben wir Ihnen 1,00 \u20ac Guthaben f\u00fcr digitale"
            " Inhalte gut.\n\nGesamtbetrag: 27,90 \u20ac\n") % (FIRST, o)
    out.append(msg("DE order with No-Rush-Versand: promise 1,00 \u20ac, ISO-8859-15 8bit", "DE",
                   "amazon.de", "auto-confirm", ("Q", "Bestellbest\u00e4tigung", "iso-8859-15"),
                   at(2026, 7, 1, 12, 0, 0, CEST),
                   text_leaf(text, charset="iso-8859-15", cte="8bit"),
                   [promise("no-rush", "1.00", "EUR", o)], 3))

    o = order_id(R, "JP")
    text = ("ダナ 様\n\nご注文番号：%s\n配送方法：お急ぎ便なし（No-Rush配送）\n"
            "発送後、￥100分のデジタル特典をアカウントに付与します。\nご請求額：￥3,280\n") % o
    out.append(msg("JP order choosing No-Rush: promise \uffe5100, UTF-8", "JP", "amazon.co.jp",
                   "auto-confirm", ("B", "Amazon.co.jp ご注文の確認", "utf-8"),
                   at(2026, 8, 3, 10, 0, 0, JST), text_leaf(text),
                   [promise("no-rush", "100", "JPY", o)], 0))
    return out


def plain_orders():
    out = []

    o = order_id(R, "US")
    text = ("Hello %s,\n\nOrder #%s\n\n%s\n\nPaid by Visa ending in 4417.\n") % (FIRST, o, summary([
        ("Item(s) Subtotal:", "$38.97"), ("Shipping & Handling:", "$5.99"),
        ("Free Shipping:", "-$5.99"), ("Your Coupon Savings:", "-$2.00"),
        ("Subscribe & Save:", "-$1.25"), ("Total before tax:", "$35.72"),
        ("Estimated tax to be collected:", "$2.86"), ("Grand Total:", "$38.58")]))
    out.append(msg("order whose discount lines are not credits: free shipping, clipped coupon,"
                   " Subscribe & Save (negative)", "US", "amazon.com", "auto-confirm",
                   "Your Amazon.com order #%s" % o, at(2026, 2, 27, 16, 0, 0, PST),
                   text_leaf(text), [], 1, negative=True))

    o = order_id(R, "US")
    text = ("Hello %s,\n\nOrder #%s\nShipping speed: FREE No-Rush Shipping\nNo-Rush discount"
            " on this order: -$1.00\n\nItem(s) Subtotal: $15.49\nNo-Rush discount: -$1.00\n"
            "Grand Total: $14.49\n\nThis No-Rush offer is an instant discount on this order;"
            " no reward will be\nadded to your account.\n") % (FIRST, o)
    out.append(msg("No-Rush as an instant discount on the order: no credit (negative)", "US",
                   "amazon.com", "auto-confirm", "Your Amazon.com order #%s" % o,
                   at(2026, 5, 19, 9, 0, 0, PDT), text_leaf(text, cte="7bit"), [], 2,
                   negative=True))

    o = order_id(R, "US")
    text = ("Hi %s,\n\nYour package with \"Stainless steel kettle\" is on the way.\n"
            "Order #%s\nArriving Tuesday, January 20\nTrack your package: https://www.amazon.com/"
            "progress-tracker/package/ref=ppx_yo_dt_b_track_package?orderId=%s\n") % (FIRST, o, o)
    out.append(msg("shipment notice, no credit", "US", "amazon.com", "shipment-tracking",
                   "Shipped: \"Stainless steel kettle\"", at(2026, 1, 17, 9, 0, 0, PST),
                   text_leaf(text), [], 3))

    o = digital_order_id(R)
    text = ("Order %s\n\"Paper Boats\" (Kindle Edition)  $9.99\nOrder Total: $9.99\nCharged to"
            " Visa ending in 4417\n") % o
    out.append(msg("digital order paid by card only", "US", "amazon.com", "digital-no-reply",
                   "Amazon.com order of Paper Boats.", at(2026, 9, 8, 21, 0, 0, PDT),
                   text_leaf(text, cte="7bit"), [], 0))
    return out


def messages():
    return redeems() + promises() + plain_orders()
