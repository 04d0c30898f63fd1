"""Credits and bills from neighbouring services that are not the user's Amazon store credit: Amazon
Coins (closed 2025-08-20, refunded), Audible credits, AWS promotional credits and bills, Amazon
Pharmacy, Whole Foods, Amazon Photos storage, Amazon Business, a voice order. No events."""

from __future__ import annotations

from .. import locale as L
from ..chrome import Doc
from ..compose import amazon_msg, body as mk
from ..core import Msg, at, day, digits, plain_message_id, rng_for
from ._common import finish, greet, plus

FAM = "other-services"


def coins_end():
    key, mp = "coins-end", "US"
    rng = rng_for(key)
    when = at(2025, 2, 20, 10, 0, 0, -8)
    d = Doc(mp, rng, "Amazon Coins are being discontinued", None)
    d.p(greet(mp, rng))
    d.p(f"Amazon Coins can no longer be purchased, and the programme ends on {L.date(mp, day(2025, 8, 20))}. You have 1,250 Coins "
        f"(worth {L.money(mp, 1250)}). Use them before then; any Coins left afterwards will be refunded.")
    body = finish(d, when, carousel=False)
    return amazon_msg(key, FAM, mp, when, "no-reply", "Important changes to Amazon Coins", body, note="Coins discontinuation notice")


def coins_refund():
    key, mp = "coins-refund", "US"
    rng = rng_for(key)
    when = at(2025, 8, 27, 10, 0, 0, -7)
    text = (
        f"{greet(mp, rng)}\n\nAs announced, the Amazon Coins programme ended on {L.date(mp, day(2025, 8, 20))}.\n"
        f"We refunded {L.money(mp, 830)} for your 830 unused Coins to your Visa ending in 4421.\n\nAmazon Appstore\n"
    )
    return amazon_msg(key, FAM, mp, when, "no-reply", "Your Amazon Coins refund", mk(None, text, "text", "utf-8", cte_text="quoted-printable"),
                      note="Coins refunded to the card")


def aws_credit():
    key, mp = "aws-credit", "US"
    rng = rng_for(key)
    when = at(2026, 1, 13, 17, 0, 0, -8)
    text = (
        "Hello,\n\n"
        "Thank you for redeeming your AWS Promotional Credit. The following credit has been applied to your AWS account:\n\n"
        f"  Credit amount:   {L.money(mp, 30000)}\n"
        f"  Expiration date: {L.date(mp, day(2026, 12, 31), 'num')}\n"
        "  Applicable products: Amazon EC2, Amazon S3, AWS Lambda\n"
        f"  Account ID: {digits(rng, 12)}\n\n"
        "Credits are applied to eligible charges on your monthly AWS bill.\n\n"
        "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc.,\n"
        "410 Terry Ave. North, Seattle, WA 98109.\n"
    )
    return amazon_msg(key, FAM, mp, when, "no-reply-aws", "AWS Promotional Credit applied to your account", mk(None, text, "text", "utf-8", cte_text="7bit"),
                      display="Amazon Web Services", note="an AWS cloud credit from an amazon.com address: not store credit")


def aws_bill():
    key, mp = "aws-bill", "US"
    when = at(2026, 3, 3, 2, 0, 0, -8)
    text = (
        "Greetings from Amazon Web Services,\n\n"
        f"This e-mail confirms that your latest billing statement is available. Total: {L.money(mp, 1237)}.\n"
        f"Credits applied: {L.money(mp, 412, sign='-')}. Charges will be made to your card on file on {L.date(mp, day(2026, 3, 5), 'short')}.\n\n"
        "Amazon Web Services\n"
    )
    return amazon_msg(key, FAM, mp, when, "aws-billing", "Amazon Web Services Billing Statement Available", mk(None, text, "text", "us-ascii", cte_text="7bit"),
                      display="Amazon Web Services", note="AWS bill with a credits line")


def audible_summary():
    key = "audible-summary"
    rng = rng_for(key)
    when = at(2026, 2, 1, 12, 0, 0, -8)
    text = (
        "Hi Alex,\n\nYour monthly Audible credit has arrived. You now have 2 credits.\n"
        f"1 credit expires on {L.date('US', day(2026, 4, 12), 'num')} - use it before then.\n\n"
        "Your membership renews monthly at $14.95.\n\nHappy listening,\nThe Audible Team\n"
    )
    return Msg(key=key, family=FAM, mp=None, date=when, from_="Audible <donotreply@audible.com>", subject="Your Monthly Audible Credit Summary",
               message_id=plain_message_id(rng, when, "audible.com"), body=mk(None, text, "text", "utf-8", cte_text="quoted-printable"),
               auth="pass-other", labels="Inbox,Category Updates,Opened", note="Audible credits: out of scope")


def audible_expiring():
    key = "audible-expiring"
    rng = rng_for(key)
    when = at(2026, 3, 5, 12, 0, 0, -8)
    text = (
        "Hi Alex,\n\nYou've got 2 credits and 1 credit is expiring soon! It expires on April 12, 2026.\n"
        "Browse new releases and use your credit before it's gone.\n\nThe Audible Team\n"
    )
    return Msg(key=key, family=FAM, mp=None, date=when, from_="Audible <do-not-reply@audible.com>",
               subject="You've got 2 credits and 1 credit is expiring soon!", message_id=plain_message_id(rng, when, "audible.com"),
               body=mk(None, text, "text", "utf-8", cte_text="7bit"), auth="pass-other", labels="Inbox,Category Promotions,Opened",
               note="Audible expiring credit")


def pharmacy():
    key, mp = "pharmacy", "US"
    rng = rng_for(key)
    when = at(2025, 12, 11, 9, 0, 0, -8)
    d = Doc(mp, rng, "Your prescription order", None)
    d.p(greet(mp, rng))
    d.p(f"Your prescription order has shipped. Insurance copay: {L.money(mp, 1000)}. With RxPass you pay {L.money(mp, 500)} a month for eligible medications.")
    body = finish(d, when, carousel=False)
    return amazon_msg(key, FAM, mp, when, "pharmacy-noreply", "Your Amazon Pharmacy order has shipped", body, display="Amazon Pharmacy", note="pharmacy")


def whole_foods():
    key, mp = "wholefoods", "US"
    rng = rng_for(key)
    when = at(2026, 2, 8, 18, 30, 0, -8)
    d = Doc(mp, rng, "Your Whole Foods Market receipt", None)
    d.p(greet(mp, rng))
    d.summary([("Produce", L.money(mp, 1842)), ("Bakery", L.money(mp, 699)), ("Dairy", L.money(mp, 1133)), ("Prime member savings", L.money(mp, 410, sign="-")),
               ("<b>Total</b>", f"<b>{L.money(mp, 3264)}</b>")], title=f"Whole Foods Market, Portland \u2013 {L.date(mp, when.date(), 'short')}")
    d.p("You saved $4.10 with Prime today.")
    body = finish(d, when, carousel=False)
    return amazon_msg(key, FAM, mp, when, "receipts", "Your Whole Foods Market receipt", body, display="Whole Foods Market", note="in-store receipt")


def photos_storage():
    key, mp = "photos-storage", "US"
    rng = rng_for(key)
    when = at(2025, 9, 25, 8, 0, 0, -7)
    d = Doc(mp, rng, "Your storage plan renews soon", None)
    d.p(greet(mp, rng))
    d.p(f"Your Amazon Photos 100 GB plan renews on {L.date(mp, plus(when, 7))} for {L.money(mp, 1999)} per year.")
    body = finish(d, when, carousel=False)
    return amazon_msg(key, FAM, mp, when, "photos-noreply", "Your Amazon Photos plan renews soon", body, display="Amazon Photos", note="storage renewal")


def business_invoice():
    key, mp = "business-invoice", "US"
    rng = rng_for(key)
    when = at(2026, 1, 6, 9, 0, 0, -8)
    d = Doc(mp, rng, "Invoice available", None)
    d.p("Hello,")
    d.p(f"The invoice for your Amazon Business order is attached to your account. Amount due: {L.money(mp, 24780)} by {L.date(mp, plus(when, 30))} "
        "(Net 30). Payment terms discount: 1% if paid within 10 days.")
    body = finish(d, when, carousel=False)
    return amazon_msg(key, FAM, mp, when, "business-noreply", "Your Amazon Business invoice", body, display="Amazon Business", note="business invoice")


def voice_order():
    key, mp = "alexa-voice-order", "US"
    rng = rng_for(key)
    when = at(2026, 2, 12, 20, 0, 0, -8)
    d = Doc(mp, rng, "You ordered by voice", None)
    d.p(greet(mp, rng))
    d.p(f"Alexa placed your order for Paper Towels, 12 Rolls ({L.money(mp, 2399)}). Arriving {L.date_nodigits_year(mp, plus(when, 2))}. "
        "Didn't mean to order? Cancel in Your Orders.")
    body = finish(d, when, carousel=False)
    return amazon_msg(key, FAM, mp, when, "alexa-noreply", "Your voice order", body, display="Amazon Alexa",
                      note="a voice order (the Alexa shopping credit mail is elsewhere)")


def messages():
    return [f() for f in (coins_end, coins_refund, aws_credit, aws_bill, audible_summary, audible_expiring, pharmacy, whole_foods, photos_storage,
                          business_invoice, voice_order)]
