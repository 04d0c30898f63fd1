"""Mail from everyone else: other shops' store credit, gift cards and codes, app-store credit, loyalty
and miles statements, a bank statement, a deals newsletter that quotes Amazon codes, a friend asking
about No-Rush credit, a payment app. Many read exactly like grants; none is from Amazon."""

from __future__ import annotations

import html as htmlmod

from ..compose import body as mk
from ..core import Msg, at, plain_message_id, rng_for

FAM = "others"


def newsletter_html(brand: str, color: str, title: str, paras: list[str], footer: str, charset: str = "utf-8") -> str:
    ps = "".join(f'<p style="margin:0 0 12px">{p}</p>' for p in paras)
    return (
        f"<!DOCTYPE html>\n<html><head><meta charset=\"{charset}\"><title>" + htmlmod.escape(brand) + "</title></head>\n"
        f'<body style="margin:0;background:#f4f4f4"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
        f'<table width="600" style="background:#fff;font-family:Georgia,serif"><tr><td style="background:{color};color:#fff;padding:18px;font-size:22px">'
        f"{htmlmod.escape(brand)}</td></tr>\n<tr><td style=\"padding:20px\"><h1 style=\"font-size:20px\">{title}</h1>\n{ps}</td></tr>\n"
        f'<tr><td style="padding:14px;font-size:11px;color:#777">{footer}</td></tr></table></td></tr></table></body></html>\n'
    )


def other(key, when, from_, subject, body, note, labels="Inbox,Category Promotions,Opened", domain=None, **kw):
    rng = rng_for("msg:" + key)
    dom = domain or from_.rsplit("@", 1)[-1].rstrip(">")
    return Msg(key=key, family=FAM, mp=None, date=when, from_=from_, subject=subject, message_id=plain_message_id(rng, when, dom),
               body=body, auth=kw.pop("auth", "pass-other"), labels=labels, note=note, **kw)


def as_text(paras):
    import re

    return "\n\n".join(htmlmod.unescape(re.sub(r"<[^>]+>", "", p)) for p in paras) + "\n"


def bookshop_credit():
    paras = ["Hi Alex,", "Thanks for being a Harbour Books member. A <b>$5.00 store credit</b> has been added to your account and expires on April 30, 2026.",
             "New this month: paperbacks from $9.99, signed hardcovers from $27.00."]
    html = newsletter_html("Harbour Books", "#1d4e89", "A credit for you", paras, "Harbour Books, 12 Quay St, Portland, OR. Unsubscribe any time.")
    return other("other-bookshop", at(2026, 3, 2, 9, 0, 0, -8), "Harbour Books <news@harbourbooks.example>", "Your $5.00 store credit is here",
                 mk(html, as_text(paras), "alt"), "another shop's store credit")


def google_play():
    text = "You've received a $5.00 Google Play credit.\n\nIt has been added to your Google Play balance and expires on June 30, 2026.\n\nGoogle Play\n"
    return other("other-googleplay", at(2026, 1, 5, 18, 0, 0, -8), "Google Play <googleplay-noreply@google.com>", "You've got a $5.00 Google Play credit",
                 mk(None, text, "text", "utf-8", cte_text="7bit"), "app-store credit from Google", labels="Inbox,Category Updates,Opened")


def apple_receipt():
    text = ("Receipt\n\nAPPLE ACCOUNT alex.moreau@example.net\nDATE Feb 3, 2026\nORDER ID MQ7X2KP4LD\n\nStar Charts Pro - Monthly  $0.99\n"
            "Renews Mar 3, 2026\n\nTOTAL $0.99\n\nBilled to Visa .... 4421\n")
    return other("other-apple", at(2026, 2, 3, 7, 0, 0, -8), "Apple <no_reply@email.apple.com>", "Your receipt from Apple.",
                 mk(None, text, "text", "utf-8", cte_text="quoted-printable"), "another store's receipt", labels="Inbox,Category Updates,Opened")


def miles():
    paras = ["Hello Alex Moreau,", "Your balance: 12,400 miles.", "2,000 miles expire on March 31, 2027. Book any flight or add a $5.00 lounge snack to keep them active."]
    html = newsletter_html("Skyway Rewards", "#0b6e4f", "Your March statement", paras, "Skyway Air, Seattle, WA.")
    return other("other-miles", at(2026, 3, 1, 4, 0, 0, -8), "Skyway Rewards <statements@skywayair.example>", "Your Skyway Rewards statement",
                 mk(html, as_text(paras), "alt", "utf-8", "base64", "base64"), "miles statement")


def bank():
    text = ("Your Cascade Bank credit card statement is ready.\n\nStatement balance: $1,234.56\nMinimum payment: $35.00\nPayment due: 03/15/2026\n"
            "Rewards earned this period: $12.34 cash back\n\nSign in to view your statement.\n")
    return other("other-bank", at(2026, 2, 18, 6, 0, 0, -8), "Cascade Bank <alerts@cascadebank.example>", "Your statement is ready",
                 mk(None, text, "text", "us-ascii", cte_text="7bit"), "bank statement with cash back", labels="Inbox,Category Updates,Opened")


def shop_with_code():
    paras = ["Hi Alex,", "Order CT-20451 is confirmed: $64.50 (coupon SAVE10 applied, you saved $7.17).",
             "Thank you! Here is a code for your next order: <b>THANKS15</b> for 15% off, valid until May 1, 2026."]
    html = newsletter_html("Cedar &amp; Twine", "#7a4b2a", "Thanks for your order", paras, "Cedar &amp; Twine, Asheville, NC.")
    return other("other-shop-code", at(2025, 10, 10, 15, 5, 0, -7), "Cedar & Twine <orders@cedarandtwine.example>", "Order CT-20451 confirmed",
                 mk(html, as_text(paras), "alt"), "another shop's order with codes", labels="Inbox,Category Updates,Opened")


def deals_digest():
    paras = ["Today's best finds:",
             "Amazon: promo code KINDLE5OFF takes $5.00 off Kindle books over $10.00, ends March 20, 2026.",
             "Amazon: choose No-Rush Shipping and get a $1.00 digital reward per order.",
             "Target: 20% off patio furniture through March 15, 2026."]
    html = newsletter_html("DealScout Daily", "#c0392b", "DealScout Daily \u2013 March 8", paras, "You subscribed at dealscout.example. Unsubscribe.")
    return other("other-deals", at(2026, 3, 8, 5, 0, 0, -8), "DealScout Daily <digest@dealscout.example>", "Amazon code: $5 off Kindle books + 40 more deals",
                 mk(html, as_text(paras), "alt", "utf-8", "quoted-printable", "quoted-printable"), "a deals newsletter quoting Amazon codes: not from Amazon")


def friend():
    text = ("hey! did you get one of those no-rush credits? I got $1.00 that expires June 1, 2026, but I can't figure out where it shows up.\n"
            "From what I can tell it only works on ebooks. The help page says:\n"
            ">From the day it is issued, a reward can be used on eligible digital items.\n\n"
            "Also dinner Saturday? 7pm?\n\nR\n")
    return other("other-friend", at(2026, 2, 26, 20, 0, 0, -8), "Riley Chen <riley.chen@example.com>", "no-rush credit??",
                 mk(None, text, "text", "utf-8", cte_text="7bit"), "a friend's mail about a credit; body lines start with 'From ' and '>From ' (mboxrd escaping)",
                 labels="Inbox,Opened")


def grocery():
    paras = ["Hi Alex,", "You earned a <b>$5.00 reward</b> for spending $100 this month. It expires 04/30/2026.", "Use it at checkout in any FreshMart store."]
    html = newsletter_html("FreshMart Rewards", "#2e7d32", "Reward unlocked", paras, "FreshMart Inc.", "windows-1252")
    return other("other-grocery", at(2026, 3, 1, 10, 0, 0, -8), "FreshMart Rewards <rewards@freshmart.example>", "You earned a $5 reward",
                 mk(html, None, "html", "windows-1252", "quoted-printable"), "grocery loyalty reward")


def payment_app():
    text = "Jamie Moreau sent you $25.00.\n\n\"for the groceries\"\n\nThe money is in your Payly balance.\n"
    return other("other-payly", at(2025, 11, 30, 12, 0, 0, -8), "Payly <service@payly.example>", "You've got money",
                 mk(None, text, "text", "utf-8", cte_text="base64"), "a payment app", labels="Inbox,Category Updates,Opened")


def librairie():
    paras = ["Bonjour Alex,", "Votre bon d\u2019achat de 5,00\u00a0€ est disponible jusqu\u2019au 1er avril 2026.", "Nouveautés : romans à partir de 8,50\u00a0€."]
    html = newsletter_html("Librairie Léa", "#6a1b9a", "Votre bon d\u2019achat", paras, "Librairie Léa, 3 rue Mercière, Lyon.")
    return other("other-librairie", at(2026, 2, 10, 8, 0, 0, 1), "Librairie Léa <bonjour@librairie-lea.example>",
                 "Votre bon d'achat de 5 € est disponible", mk(html, as_text(paras), "alt", "utf-8", "8bit", "8bit"),
                 "raw UTF-8 in Subject and From (RFC 6532) and 8bit bodies", raw_8bit_headers=True)


def handmade_giftcard():
    paras = ["Hi Alex,", "Morgan sent you a <b>$25.00 Handmade Hub gift card</b>!", "Gift card code: HHUB-7Q2K-99XD. It never expires."]
    html = newsletter_html("Handmade Hub", "#ff7043", "You've got a gift card", paras, "Handmade Hub, Brooklyn, NY.")
    return other("other-giftcard", at(2025, 12, 24, 9, 0, 0, -8), "Handmade Hub <giftcards@handmadehub.example>",
                 "Morgan sent you a $25.00 gift card", mk(html, as_text(paras), "alt"), "another shop's gift card", labels="Inbox,Category Updates,Opened")


def messages():
    return [f() for f in (bookshop_credit, google_play, apple_receipt, miles, bank, shop_with_code, deals_digest, friend, grocery, payment_app,
                          librairie, handmade_giftcard)]
