"""Gift cards: eGift cards sent to the user by gc-orders@gc.email.amazon.* (grants,
expiry only where the mail states a date), and the look-alikes that are not the
user's credit: an eGift the user bought for someone else, the 'sent' and 'opened'
notices, and a balance reload the user paid for."""

import mime
from kit import (BST, CEST, EST, FIRST, JST, PDT, PST, Msg, alternative, amazon, at, claim_code,
                 day, fmt_date, grant, html_leaf, kv_table, order_id, rng, shell_classic,
                 split_price,
                 shell_modern, text_leaf, transport)

R = rng("giftcard")
GC = "gift-card"


def msg(note, market, domain, local, name, subject, when, body, events, k, negative=False,
        **kw):
    kw.setdefault("labels", "Inbox,Opened")
    t = transport(R, domain, when, k)
    t.update(kw)
    return Msg("giftcard", note, market, amazon(domain, local, name), subject, when, body,
               events=events, negative=negative, **t)


def messages():
    out = []

    cc = claim_code(R)
    inner = ("<p style=\"font-size:18px\">Sam Patel sent you an Amazon.com Gift Card!</p>"
             "<div style=\"border:1px solid #ddd;padding:16px;text-align:center\">"
             "<div style=\"font-size:28px\">%s</div><div>&quot;Happy housewarming! Get"
             " something for the new place.&quot;</div></div>%s"
             "<p>Redeem at amazon.com/redeem. Amazon.com Gift Cards never expire and carry no"
             " fees.</p>") % (split_price("$", "50", "00"), kv_table([("Claim code", cc)]))
    out.append(msg("eGift received $50, HTML split price, claim code", "US", "gc.email.amazon.com",
                   "gc-orders", "Amazon.com", "Sam Patel sent you a Gift Card for $50.00",
                   at(2026, 2, 20, 18, 0, 0, PST),
                   html_leaf(shell_classic("Amazon.com Gift Card", inner)),
                   [grant(GC, "50.00", "USD")], 0))

    cc = claim_code(R)
    text = ("Hi %s,\n\nAunt Ruth sent you a $25.00 Amazon.com Gift Card.\n\nMessage: \"For"
            " the books you keep talking about!\"\n\nClaim code: %s\n\nTo use it, go to"
            " amazon.com/redeem and enter the claim code.\n") % (FIRST, cc)
    out.append(msg("eGift received $25, text base64, CRLF", "US", "gc.email.amazon.com", "gc-orders",
                   "Amazon.com", "Aunt Ruth sent you a Gift Card for $25.00 with a message",
                   at(2026, 5, 14, 9, 0, 0, PDT), text_leaf(text, cte="base64"),
                   [grant(GC, "25.00", "USD")], 1, eol="\r\n"))

    cc = claim_code(R)
    text = ("Hello %s,\n\nChris sent you a \u00a320.00 Amazon.co.uk Gift Card.\n\nClaim code: %s"
            "\n\nAdd it to your account at amazon.co.uk/redeem.\n") % (FIRST, cc)
    out.append(msg("eGift received UK \u00a320, Q subject", "UK", "gc.email.amazon.co.uk",
                   "gc-orders", "Amazon.co.uk",
                   ("Q", "Chris sent you a Gift Card for \u00a320.00", "utf-8"),
                   at(2026, 6, 1, 8, 0, 0, BST), text_leaf(text), [grant(GC, "20.00", "GBP")], 2))

    cc = claim_code(R)
    text = ("Hallo %s,\n\nJonas hat Ihnen einen Amazon.de Geschenkgutschein \u00fcber 15,00 \u20ac"
            " geschickt.\n\nGutscheincode: %s\n\nDer Gutschein ist bis zum Ende des zehnten Jahres"
            " nach dem Kauf einl\u00f6sbar.\n") % (FIRST, cc)
    out.append(msg("eGift received DE 15,00 \u20ac; validity stated as a rule, not a date -> null",
                   "DE", "gc.email.amazon.de", "gc-orders", "Amazon.de",
                   ("Q", "Jonas hat Ihnen einen Geschenkgutschein \u00fcber 15,00 \u20ac geschickt",
                    "iso-8859-15"),
                   at(2026, 7, 2, 8, 0, 0, CEST), text_leaf(text, charset="iso-8859-15"),
                   [grant(GC, "15.00", "EUR")], 3))

    cc = claim_code(R, (4, 6, 5))
    exp = day(2036, 3, 5)
    text = ("ダナ 様\n\nケンさんからAmazonギフトカード（Eメールタイプ）が届きました。\n\n"
            "金額：￥3,000\nギフト券番号：%s\n有効期限：%s\n\n"
            "アカウントに登録するには amazon.co.jp/gc/redeem をご利用ください。\n") % (
        cc, fmt_date(exp, "jp_kanji"))
    out.append(msg("eGift received JP \uffe53,000 with a stated expiry (labelled), Shift_JIS",
                   "JP", "gc.email.amazon.co.jp", "gc-orders", "Amazon.co.jp",
                   ("B", "ケンさんからAmazonギフトカードが届きました", "shift_jis"),
                   at(2026, 3, 5, 12, 0, 0, JST), text_leaf(text, charset="shift_jis", cte="base64"),
                   [grant(GC, "3000", "JPY", exp)], 0))

    cc = claim_code(R)
    text = ("Hi %s,\n\nMaya sent you a $30.00 Amazon.ca Gift Card.\nClaim code: %s\n") % (FIRST, cc)
    html = shell_modern("You've got a gift card", (
        "<p>Hi %s,</p><p>Maya sent you a <b>$30.00</b> Amazon.ca Gift Card.</p>"
        "<p>Claim code: <code>%s</code></p>") % (FIRST, cc))
    out.append(msg("eGift received CA $30", "CA", "gc.email.amazon.ca", "gc-orders", "Amazon.ca",
                   "Maya sent you a Gift Card for $30.00", at(2026, 9, 12, 8, 0, 0, EST),
                   alternative(text, html), [grant(GC, "30.00", "CAD")], 1))

    o = order_id(R, "US")
    text = ("Hello %s,\n\nThank you for your order. We'll email your gift card to the recipient."
            "\n\nOrder #%s\n  1 x Amazon.com eGift Card  $50.00\n  Recipient: riley.obrien@example."
            "net\n  Delivery: Email, on Feb 14, 2026\n\nOrder Total: $50.00\nPaid by: Visa ending"
            " in 4417\n") % (FIRST, o)
    out.append(msg("eGift the user BOUGHT for someone else: order confirmation (negative)", "US",
                   "amazon.com", "auto-confirm", "Amazon.com",
                   "Your Amazon.com order of \"Amazon.com eGift Card\"",
                   at(2026, 2, 10, 21, 0, 0, PST), text_leaf(text), [], 2, negative=True))

    text = ("Hello %s,\n\nYour $50.00 Amazon.com Gift Card was sent to Riley O'Brien"
            " (riley.obrien@example.net)\non February 14, 2026. We'll let you know when it is"
            " opened.\n") % FIRST
    out.append(msg("'Your gift card was sent to ...' notice to the buyer (negative)", "US",
                   "amazon.com", "do-not-reply", "Amazon.com", "Your gift card was sent to Riley",
                   at(2026, 2, 14, 7, 0, 0, PST), text_leaf(text, cte="7bit"), [], 3,
                   negative=True))

    text = ("Good news! Riley O'Brien opened the $50.00 Amazon.com Gift Card you sent.\n")
    out.append(msg("'Riley opened your gift card' (negative)", "US", "amazon.com",
                   "do-not-reply", "Amazon.com", "Riley opened your gift card",
                   at(2026, 2, 15, 7, 0, 0, PST), text_leaf(text), [], 0, negative=True))

    inner = ("<p>Thanks for reloading your balance, %s.</p>%s<p>Your new Amazon gift card"
             " balance is $112.40.</p>") % (FIRST, kv_table([
                 ("Reload amount", "$100.00"), ("Payment method", "Visa ending in 4417"),
                 ("Order #", order_id(R, "US"))]))
    out.append(msg("balance reload the user paid for (negative)", "US", "amazon.com",
                   "reload-no-reply", "Amazon.com", "Your Amazon.com Reload of $100.00",
                   at(2026, 4, 1, 12, 0, 0, PDT), html_leaf(shell_classic("Reload", inner)), [],
                   1, negative=True))
    return out
