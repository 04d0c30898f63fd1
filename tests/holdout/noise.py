"""Ordinary mail: non-Amazon newsletters, banks, travel, games and shops that talk
about credits and codes; personal mail (some of it about Amazon); Amazon mail that
is no credit (AWS promotional credits, a refund to the card, Prime renewal, the data
request); a calendar invite, a PDF attachment, a mailing-list digest with 'From '
lines; and the Google Chat message that only the mbox holds."""

import mime
from kit import (BST, CET, EST, FIRST, JST, PDT, PST, USER, USER_ADDR, Msg, alternative, amazon,
                 at, auth_pass, html_leaf, mid_at, order_id, rng, shell_modern, shell_plain,
                 text_leaf, transport)

R = rng("noise")


def other(note, sender, subject, when, body, negative=False, domain=None, **kw):
    domain = domain or sender.rsplit("@", 1)[1].rstrip(">")
    kw.setdefault("labels", "Inbox")
    if R.random() < 0.5:
        kw.setdefault("auth", [auth_pass(domain, R, mailfrom="bounce@" + domain)])
    return Msg("noise", note, "-", sender, subject, when, body, negative=negative,
               msgid=mid_at(R, domain, R.randrange(3)), **kw)


def amazon_other(note, market, domain, local, name, subject, when, body, k, negative=False):
    t = transport(R, domain, when, k)
    return Msg("noise", note, market, amazon(domain, local, name), subject, when, body,
               negative=negative, labels="Inbox,Category Updates", **t)


def newsletters():
    out = []
    inner = ("<h1>This week at Riverbend Books</h1><p>Members get a <b>$5 credit</b> on orders"
             " over $40 this weekend, plus 20% off all hardcovers with code READ20.</p>"
             "<p>Your credit expires Sunday, March 8, 2026.</p>")
    out.append(other("bookshop newsletter with '$5 credit' and a code (not Amazon)",
                     '"Riverbend Books" <news@riverbendbooks.example>',
                     "A $5 credit for members this weekend", at(2026, 3, 5, 8, 0, 0, EST),
                     html_leaf(shell_modern("Riverbend Books", inner)), negative=True,
                     labels="Category Promotions"))
    inner = ("<p>Hi %s,</p><p>Your Super Points balance: <b>1,240</b>. You earned 45 points on"
             " your last eBook. Points expire on June 30, 2026.</p>") % FIRST
    out.append(other("another ebook store's points (not Kindle Rewards)",
                     '"Inkwell eBooks" <points@inkwell-ebooks.example>',
                     "You earned 45 Super Points", at(2026, 3, 31, 8, 0, 0, EST),
                     html_leaf(shell_plain(inner), cte="base64"), negative=True,
                     labels="Category Promotions"))
    text = ("Use code SAVE10 for $10 off orders of $50+ at Northwind Outfitters. Ends"
            " 04/30/2026.\n")
    out.append(other("shop promo code (not Amazon)",
                     '"Northwind Outfitters" <deals@northwind.example>', "$10 off, this week only",
                     at(2026, 4, 20, 8, 0, 0, EST), text_leaf(text), negative=True,
                     labels="Category Promotions"))
    html = shell_modern("The Weekly Byte", (
        "<p>Top stories: a new Rust release, a look at SQLite WAL mode, and why your mailbox"
        " is bigger than you think.</p>" * 6) + "<p>Sponsored: get $200 in cloud credits.</p>")
    out.append(other("tech newsletter, HTML only base64, 'cloud credits' ad",
                     '"The Weekly Byte" <hello@weeklybyte.example>', "The Weekly Byte #212",
                     at(2026, 5, 2, 6, 0, 0, EST), html_leaf(html, cte="base64"),
                     labels="Category Updates"))
    text = ("Liebe Kundin, lieber Kunde,\n\nnur heute: 5 EUR Gutschein ab 30 EUR Einkaufswert mit"
            " dem Code FRUEHLING5.\nG\u00fcltig bis 31.03.2026.\n")
    out.append(other("German shop newsletter, ISO-8859-1, '5 EUR Gutschein' (not Amazon)",
                     '"Buchhaus Lindner" <newsletter@buchhaus-lindner.example>',
                     ("Q", "Fr\u00fchlingsgutschein f\u00fcr Sie", "iso-8859-1"),
                     at(2026, 3, 20, 8, 0, 0, CET), text_leaf(text, charset="iso-8859-1"),
                     negative=True, labels="Category Promotions"))
    text = ("From the editor: this month we look at bread.\n"
            "From scratch, that is. Three recipes inside.\n"
            ">From last month: your letters about sourdough.\n")
    out.append(other("mailing-list digest: lines starting 'From ' and '>From ' (mboxrd), CRLF",
                     '"Slow Kitchen" <digest@slowkitchen.example>', "Slow Kitchen digest, April",
                     at(2026, 4, 1, 8, 0, 0, EST), text_leaf(text, cte="7bit"),
                     labels="Category Forums", eol="\r\n"))
    return out


def money_mail():
    out = []
    text = ("Hello %s,\n\nA statement credit of $25.00 has been posted to your card ending in"
            " 4417.\nYour statement is ready to view online.\n") % FIRST
    out.append(other("bank: 'statement credit of $25.00'", '"Harbor Bank" <alerts@harborbank.example>',
                     "Statement credit posted", at(2026, 2, 3, 8, 0, 0, EST), text_leaf(text),
                     negative=True))
    text = ("Card ending 4417: a purchase of $32.85 at AMAZON MKTPL*2K4 was approved on"
            " 01/16/2026.\nIf you don't recognize it, call us.\n")
    out.append(other("bank card alert that mentions Amazon", '"Harbor Bank" <alerts@harborbank.example>',
                     "Purchase alert: AMAZON MKTPL", at(2026, 1, 16, 20, 20, 0, EST),
                     text_leaf(text, cte="7bit")))
    text = ("Good news! A refund of $12.00 from Amazon.com has been credited to your card ending"
            " in 4417.\n")
    out.append(other("bank: Amazon refund credited to the card", '"Harbor Bank" <alerts@harborbank.example>',
                     "Refund credited", at(2026, 4, 2, 8, 0, 0, EST), text_leaf(text),
                     negative=True))
    text = ("Bonjour,\n\nVotre remboursement de 12,00 \u20ac a \u00e9t\u00e9 cr\u00e9dit\u00e9 sur"
            " votre compte le 5 mars 2026.\n")
    out.append(other("French bank: 'remboursement ... cr\u00e9dit\u00e9', windows-1252",
                     '"Banque du Quai" <info@banqueduquai.example>', "Votre remboursement",
                     at(2026, 3, 5, 8, 0, 0, CET), text_leaf(text, charset="windows-1252",
                                                            cte="8bit"), negative=True))
    text = ("Hi %s,\n\nYour travel credit of $120.00 is ready to use. It expires on March 5,"
            " 2027.\n") % FIRST
    out.append(other("airline travel credit with an expiry", '"Skyward Air" <noreply@skywardair.example>',
                     "Your travel credit", at(2026, 3, 6, 8, 0, 0, EST), text_leaf(text),
                     negative=True))
    text = "A $5.00 ride credit has been added to your account. It will apply to your next trip.\n"
    out.append(other("ride-share credit", '"Zoom Rides" <receipts@zoomrides.example>',
                     "$5 credit added", at(2026, 6, 6, 8, 0, 0, PDT), text_leaf(text),
                     negative=True))
    text = "Your wallet has been credited with $20.00. Happy gaming!\n"
    out.append(other("game store wallet credit", '"Pixel Forge" <noreply@pixelforge.example>',
                     "Wallet funds added", at(2026, 7, 7, 8, 0, 0, PDT),
                     text_leaf(text, cte="base64"), negative=True))
    inner = ("<p style=\"font-size:24px\">CONGRATULATIONS!!!</p><p>You have been selected to"
             " receive a <b>$500 Amazon Gift Card</b>. Claim before midnight!</p>")
    out.append(other("prize spam promising an Amazon gift card",
                     '"Amazon Rewards Team" <winner@prize-center.example>',
                     "You've won a $500 Amazon Gift Card", at(2026, 8, 8, 3, 0, 0, PDT),
                     html_leaf(shell_plain(inner)), negative=True, labels="Spam"))
    return out


def personal():
    out = []
    text = ("Hey %s!\n\nI just got a $10 Amazon credit for waiting on a delivery, want to split"
            " a movie\nrental this weekend?\n\nJamie\n") % FIRST
    out.append(other("personal mail about someone else's Amazon credit",
                     "Jamie Ortiz <jamie.ortiz@example.net>", "movie this weekend?",
                     at(2026, 2, 12, 19, 0, 0, EST), text_leaf(text, cte="7bit"), negative=True,
                     labels="Inbox,Category Personal"))
    text = ("Hi Dana,\n\nThe photos from the lake are up in the shared album. The one of the"
            " dog\njumping off the dock is my favourite \u2014 \u201cAir Bud\u201d indeed.\n\nSam\n")
    out.append(other("personal mail, windows-1252 8bit smart quotes", "Sam Patel <sam.p@example.com>",
                     "lake photos", at(2026, 8, 24, 21, 0, 0, EST),
                     text_leaf(text, charset="windows-1252", cte="8bit"),
                     labels="Inbox,Category Personal"))
    text = ("ダナさん\n\nAmazonギフトカード、ありがとう！3,000円分、さっそく本を買いました。\n"
            "また近いうちにご飯でも行きましょう。\n\nケン\n")
    out.append(other("Japanese personal mail thanking for a gift card, ISO-2022-JP",
                     "Ken Sato <ken.sato@example.jp>", ("B", "ギフトカードありがとう", "iso-2022-jp"),
                     at(2026, 3, 6, 21, 0, 0, JST), text_leaf(text, charset="iso-2022-jp",
                                                              cte="7bit"),
                     labels="Inbox,Category Personal"))
    cal = ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//holdout//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\n"
           "UID:book-club-2026-05@example.com\nDTSTAMP:20260420T120000Z\n"
           "DTSTART:20260507T180000Z\nDTEND:20260507T200000Z\nSUMMARY:Book club\n"
           "ORGANIZER:mailto:sam.p@example.com\nATTENDEE:mailto:%s\nEND:VEVENT\nEND:VCALENDAR\n"
           % USER_ADDR)
    body = mime.Multi("mixed", text_leaf("Book club on the 7th, bring snacks.\n", cte="7bit"),
                      mime.Leaf("text/calendar", cal, cte="7bit"))
    out.append(other("calendar invite (text/calendar part)", "Sam Patel <sam.p@example.com>",
                     "Invitation: Book club @ Thu May 7, 2026", at(2026, 4, 20, 12, 0, 0, EST),
                     body, labels="Inbox"))
    pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]"
           b"/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    body = mime.Multi("mixed", text_leaf("Invoice for March attached. Total due: $240.00.\n",
                                         cte="7bit"),
                      mime.Leaf("application/pdf", data=pdf, filename="invoice-2026-03.pdf"))
    out.append(other("invoice with a PDF attachment, '$240.00 due'",
                     '"Lakeside Plumbing" <billing@lakeside-plumbing.example>', "Invoice 2026-03",
                     at(2026, 3, 31, 9, 0, 0, EST), body, labels="Inbox"))
    text = ("Hi,\n\n[octo/widgets] Pull request #412: Fix date parsing for 05/03/2026 on en-GB"
            " locales.\n\n-- \nReply to this email directly or view it on the web.\n")
    out.append(other("code-review notification mentioning a date", '"octo" <notifications@code'
                     'host.example>', "[octo/widgets] Fix date parsing (#412)",
                     at(2026, 3, 10, 9, 0, 0, EST), text_leaf(text, cte="7bit"),
                     labels="Category Updates"))
    return out


def amazon_no_credit():
    out = []
    text = ("Hello,\n\nYour AWS Promotional Credit of $100.00 has been applied to AWS account"
            " 1234-5678-9012.\nThe credit expires on 12/31/2026 and applies to eligible AWS"
            " services only.\n\nAmazon Web Services\n")
    out.append(amazon_other("AWS promotional credit from an amazon.com address: not a shopping"
                            " credit (negative)", "US", "amazon.com", "aws-marketing-email-replies",
                            "Amazon Web Services", "Your AWS Promotional Credit has been applied",
                            at(2026, 1, 20, 18, 0, 0, PST), text_leaf(text), 0, negative=True))
    o = order_id(R, "US")
    text = ("Hello %s,\n\nWe've processed your refund of $23.99 for order %s.\nThe amount has"
            " been credited to your Visa ending in 4417 and should appear\nwithin 3-5 business"
            " days.\n") % (FIRST, o)
    out.append(amazon_other("refund to the card: money back, not a credit (negative)", "US",
                            "amazon.com", "return", "Amazon.com",
                            "Your refund for order %s" % o, at(2026, 2, 19, 12, 0, 0, PST),
                            text_leaf(text), 1, negative=True))
    text = ("Hello %s,\n\nYour Prime membership renews on April 3, 2026. You'll be charged"
            " $14.99 to your\nVisa ending in 4417.\n") % FIRST
    out.append(amazon_other("Prime renewal notice", "US", "amazon.com", "digital-no-reply",
                            "Amazon Prime", "Your Prime membership renews soon",
                            at(2026, 3, 27, 12, 0, 0, PDT), text_leaf(text), 2))
    text = ("Hello,\n\nThe data you requested is ready. Download it here within 90 days:\n"
            "https://www.amazon.com/hz/privacy-central/data-requests/download\n")
    out.append(amazon_other("'Your Data Request' notice (DSAR)", "US", "amazon.com",
                            "dsar-request", "Amazon.com", "Your Data Request",
                            at(2026, 10, 1, 12, 0, 0, PDT), text_leaf(text, cte="7bit"), 3))
    o = order_id(R, "UK")
    text = ("Hello %s,\n\nYour parcel was delivered. Order %s.\nHow was your delivery? Tell us"
            " in one click.\n") % (FIRST, o)
    out.append(amazon_other("UK delivered notice", "UK", "amazon.co.uk", "shipment-tracking",
                            "Amazon.co.uk", "Delivered: your Amazon.co.uk order",
                            at(2026, 5, 14, 15, 0, 0, BST), text_leaf(text), 0))
    return out


def chat():
    text = ("<div>did you get the $1 no-rush reward too? mine expires march 5</div>"
            "<div>yes! order 111-2223334-4445556</div>")
    m = Msg("noise", "Google Chat transcript stored in the Takeout mbox (label Chat): not mail",
            "-", "Jamie Ortiz <jamie.ortiz@example.net>", "Chat with Jamie Ortiz",
            at(2026, 3, 1, 20, 0, 0, EST), html_leaf(text, cte="7bit"),
            msgid=mid_at(R, "chat.example"), to=USER, labels="Chat")
    m.chat = True
    return m


def messages():
    return newsletters() + money_mail() + personal() + amazon_no_credit() + [chat()]
