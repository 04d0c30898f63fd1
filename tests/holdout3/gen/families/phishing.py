"""Phishing that copies credit mail: an Amazon display name on another domain, an Amazon address in
the display name, look-alike and suffix-trick domains, an IDN homograph, a Reply-To trick, and
amazon.com / amazon.de senders whose Authentication-Results say the checks failed. Every body reads
like a real grant; none of them is the user's credit."""

from __future__ import annotations

from .. import locale as L
from ..chrome import Doc
from ..compose import body as mk
from ..core import Msg, at, day, order_id, plain_message_id, rng_for
from ._common import finish, greet

FAM = "phishing"


def phish(key, when, from_, subject, body, note, auth="pass-other", labels="Inbox,Category Updates,Opened", extra=None, mid_domain=None, **kw):
    rng = rng_for("msg:" + key)
    dom = mid_domain or from_.rsplit("@", 1)[-1].rstrip(">")
    return Msg(key=key, family=FAM, mp=None, date=when, from_=from_, subject=subject, message_id=plain_message_id(rng, when, dom),
               body=body, auth=auth, labels=labels, extra_headers=extra or [], note=note, **kw)


def gmail_display():
    key = "phish-gmail-display"
    rng = rng_for(key)
    when = at(2026, 2, 9, 3, 14, 0, 0)
    oid = order_id(rng, "US")
    d = Doc("US", rng, "Benefit Confirmation", None)
    d.p(greet("US", rng))
    d.p(f"Thank you for choosing No-Rush Shipping on order {oid}. A <b>{L.money('US', 5000)} reward</b> is waiting for you. "
        f"Claim it before {L.date('US', day(2026, 2, 12))} or it will be cancelled.")
    d.p('<a href="http://amazon-rewards-claim.example.com/claim?u=alex.moreau">Claim your reward now</a>')
    body = finish(d, when, carousel=False)
    return phish(key, when, '"Amazon.com" <amazon.rewards.center@gmail.com>', "Benefit Confirmation for your Order", body,
                 "an Amazon display name on a gmail.com address (which passes its own DKIM)")


def address_in_display():
    key = "phish-address-display"
    rng = rng_for(key)
    when = at(2025, 12, 28, 22, 0, 0, 0)
    d = Doc("US", rng, "Your promotional credit", None)
    d.p(greet("US", rng))
    d.p(f"A {L.money('US', 2500)} promotional credit has been applied to your account. It expires on {L.date('US', day(2026, 1, 31))}. "
        "Verify your payment details to keep it.")
    d.p('<a href="https://reward-mailer.net/verify">Verify now</a>')
    body = finish(d, when, carousel=False)
    return phish(key, when, '"no-reply@amazon.com" <notice@reward-mailer.net>', "Your $25.00 promotional credit", body,
                 "amazon.com appears only in the display name")


def lookalike_zero():
    key = "phish-amaz0n"
    rng = rng_for(key)
    when = at(2026, 1, 18, 4, 0, 0, 0)
    d = Doc("US", rng, "Your Kindle reward is ready", None)
    d.p(greet("US", rng))
    d.p(f"You have unlocked a {L.money('US', 300)} Kindle reward. Use it by {L.date('US', day(2026, 4, 18))}. Sign in to activate it.")
    body = finish(d, when, carousel=False, layout="html", cte_html="base64")
    return phish(key, when, '"Amazon" <no-reply@amaz0n-rewards.net>', "Your $3.00 Kindle reward", body, "look-alike domain amaz0n-rewards.net")


def suffix_trick():
    key = "phish-suffix"
    rng = rng_for(key)
    when = at(2025, 11, 5, 6, 0, 0, 0)
    oid = order_id(rng, "UK")
    d = Doc("UK", rng, "Benefit Confirmation", None)
    d.p(greet("UK", rng))
    d.p(f"Your order {oid} has been despatched and we\u2019ve added {L.money('UK', 100)} to your account. Your reward expires on "
        f"{L.date('UK', day(2026, 2, 5))}. Please confirm your card to receive it.")
    body = finish(d, when, carousel=False)
    return phish(key, when, '"Amazon.co.uk" <no-reply@amazon.co.uk.account-verify.info>', "Benefit Confirmation for your Order", body,
                 "amazon.co.uk as a subdomain of account-verify.info")


def homograph():
    key = "phish-idn"
    rng = rng_for(key)
    when = at(2026, 3, 4, 1, 0, 0, 0)
    d = Doc("US", rng, "You earned your Shopper Panel reward", None)
    d.p(greet("US", rng))
    d.p(f"You uploaded 10 receipts. {L.money('US', 1000)} has been added to your Amazon Balance.")
    body = finish(d, when, carousel=False)
    return phish(key, when, '"Amazon Shopper Panel" <panel@xn--amazn-mye.com>', "You earned your Shopper Panel reward", body,
                 "IDN homograph: xn--amazn-mye.com renders as amaz\u03bfn.com with a Greek omicron")


def spoof_fail_us():
    key = "phish-spoof-us"
    rng = rng_for(key)
    when = at(2026, 1, 27, 2, 30, 0, 0)
    oid = order_id(rng, "US")
    d = Doc("US", rng, "Benefit Confirmation", None)
    d.p(greet("US", rng))
    d.p(f"Thank you for choosing FREE No-Rush Shipping on order {oid}. We have added a {L.money('US', 100)} digital reward to your account. "
        f"The reward expires on {L.date('US', day(2026, 5, 27))}.")
    body = finish(d, when)
    return phish(key, when, '"Amazon.com" <no-reply@amazon.com>', "Benefit Confirmation for your Order", body,
                 "a perfect-looking No-Rush grant from amazon.com, but dkim, spf and dmarc failed (Gmail put it in Spam)",
                 auth="fail", labels="Spam,Category Updates,Unread", maildir="new")


def spoof_fail_de():
    key = "phish-spoof-de"
    rng = rng_for(key)
    when = at(2025, 10, 14, 5, 0, 0, 0)
    d = Doc("DE", rng, "Ihr Aktionsguthaben", None)
    d.p(greet("DE", rng))
    d.p(f"wir haben Ihrem Konto ein Aktionsguthaben von {L.money('DE', 2500)} gutgeschrieben. Gültig bis {L.date('DE', day(2026, 1, 31), 'num')}.")
    body = finish(d, when, carousel=False, charset="iso-8859-15")
    return phish(key, when, '"Amazon.de" <no-reply@amazon.de>', "Ihr Aktionsguthaben ist da", body,
                 "amazon.de sender with failing authentication", auth="fail", labels="Spam,Unread", maildir="new")


def spoof_softfail():
    key = "phish-spoof-softfail"
    when = at(2026, 2, 17, 13, 0, 0, 0)
    text = (
        "Hello Alex,\n\nYour trade-in was accepted. $85.00 has been added to your Amazon gift card balance.\n"
        "To release the funds, confirm your billing address within 48 hours:\nhttp://amazon-tradein-release.example.net/confirm\n\nAmazon Trade-In\n"
    )
    auth = ("mx.google.com;\n       dkim=none (no signature);\n       spf=softfail (google.com: domain of transitioning no-reply@amazon.com does not "
            "designate 193.42.11.7 as permitted sender) smtp.mailfrom=no-reply@amazon.com;\n       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com")
    return phish(key, when, '"Amazon Trade-In" <no-reply@amazon.com>', "Your trade-in was accepted", mk(None, text, "text", "us-ascii", cte_text="7bit"),
                 "amazon.com sender: no DKIM, SPF softfail, DMARC fail (delivered to the inbox anyway)", auth=auth)


def jp_lookalike():
    key = "phish-jp"
    rng = rng_for(key)
    when = at(2026, 2, 22, 0, 0, 0, 9)
    d = Doc("JP", rng, "Amazonギフトカードが届きました", None)
    d.p(greet("JP", rng))
    d.p(f"{L.money('JP', 5000, 1)}分のAmazonギフトカードが届きました。24時間以内に受け取り手続きを完了してください。有効期限：{L.date('JP', day(2026, 2, 23))}")
    body = finish(d, when, carousel=False, charset="shift_jis", cte_html="base64", cte_text="base64")
    return phish(key, when, '"Amazon.co.jp" <info@amazon.co.jp.jp-accounts.cn>', "Amazonギフトカードが届きました", body,
                 "amazon.co.jp as a subdomain of jp-accounts.cn", subject_enc="B", subject_charset="shift_jis")


def reply_to_trick():
    key = "phish-replyto"
    when = at(2025, 12, 20, 11, 0, 0, 0)
    text = (
        "Dear Customer,\n\nAs a loyal Prime member you have been selected to receive a $100.00 Amazon Gift Card.\n"
        "Reply to this e-mail with your full name and phone number to receive your claim code.\n\nAmazon Rewards Team\n"
    )
    return phish(key, when, '"Amazon Rewards" <rewards@amazon-giftcards-center.com>', "Congratulations! Your $100 Amazon Gift Card",
                 mk(None, text, "text", "utf-8", cte_text="quoted-printable"), "look-alike domain and a Reply-To on gmail.com",
                 extra=[("Reply-To", "amazon.rewards.desk@gmail.com")])


def messages():
    return [f() for f in (gmail_display, address_in_display, lookalike_zero, suffix_trick, homograph, spoof_fail_us, spoof_fail_de,
                          spoof_softfail, jp_lookalike, reply_to_trick)]
