"""Copies of credit mail that add nothing: the user's forwards (Gmail and Outlook style, German "WG:",
forward as attachment), a reply quoting customer service, a partner's reply quoting a forward, and
intended duplicates (the same message again, same Message-ID, only Gmail labels differ)."""

from __future__ import annotations

import dataclasses

from ..chrome import html_to_text
from ..compose import body as mk
from ..core import USER, Msg, Part, at, plain_message_id, rng_for
from ..mime import SOFT
from . import codes, giftcard, norush, promo

FAM = "copies"
ME = USER
PARTNER = "Jamie Moreau <jamie.moreau@example.org>"


def text_of(m: Msg) -> str:
    def walk(b):
        if isinstance(b, Part):
            yield b
        elif b[0] == "rfc822":
            return
        else:
            for x in b[1]:
                yield from walk(x)

    parts = list(walk(m.body))
    for p in parts:
        if p.subtype == "plain":
            return p.text.replace(SOFT, "")
    return html_to_text(parts[0].text.replace(SOFT, ""))


def html_of(m: Msg) -> str | None:
    def walk(b):
        if isinstance(b, Part):
            yield b
        elif b[0] != "rfc822":
            for x in b[1]:
                yield from walk(x)

    for p in walk(m.body):
        if p.subtype == "html":
            html = p.text.replace(SOFT, "")
            # a mail client quotes the body, not the original's <html>/<head> wrapper
            start = html.find(">", html.find("<body")) + 1
            end = html.rfind("</body>")
            return html[start:end] if start > 0 and end > start else html
    return None


def gmail_date(d) -> str:
    return d.strftime("%a, %b %-d, %Y at %-I:%M %p").replace(" 0", " ")


def user_msg(key, when, subject, body, to=ME, labels="Inbox,Sent,Opened", note="", **kw):
    rng = rng_for("msg:" + key)
    mid = f"<CA+{''.join(rng.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') for _ in range(40))}@mail.gmail.com>"
    return Msg(key=key, family=FAM, mp=None, date=when, from_=ME, to=to, subject=subject, message_id=mid, body=body,
               auth="none", labels=labels, note=note, **kw)


def fwd_gmail():
    orig = norush.us4()
    when = at(2026, 1, 21, 8, 2, 0, -8)
    head = (f"---------- Forwarded message ---------\nFrom: Amazon.com <no-reply@amazon.com>\nDate: {gmail_date(orig.date)}\n"
            f"Subject: {orig.subject}\nTo: <alex.moreau@example.net>\n\n")
    text = "keep for the tax folder\n\n" + head + text_of(orig)
    html = ('<div dir="ltr">keep for the tax folder<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
            + head.replace("\n", "<br>").replace("<no-reply@amazon.com>", "&lt;no-reply@amazon.com&gt;").replace("<alex.moreau@example.net>", "&lt;alex.moreau@example.net&gt;")
            + "</div>" + (html_of(orig) or "") + "</div></div>")
    return user_msg("fwd-gmail-norush", when, "Fwd: " + orig.subject, mk(html, text, "alt", "utf-8", "quoted-printable", "quoted-printable"),
                    note="the user's Gmail forward of a No-Rush grant to themselves")


def fwd_outlook_uk():
    orig = norush.uk1()
    when = at(2025, 9, 23, 19, 40, 0, 1)
    head = (f"From: Amazon.co.uk <no-reply@amazon.co.uk>\nSent: {orig.date.strftime('%d %B %Y %H:%M')}\nTo: Alex Moreau <alex.moreau@example.net>\n"
            f"Subject: {orig.subject}\n\n")
    text = "Jamie - this is the one for the Kindle book you wanted.\n\nAlex\n\n________________________________\n" + head + text_of(orig)
    return user_msg("fwd-outlook-uk", when, "FW: " + orig.subject, mk(None, text, "text", "windows-1252", cte_text="quoted-printable"),
                    to=PARTNER, labels="Sent", crlf=True, note="Outlook-style forward to a partner (FW:), windows-1252, CRLF")


def reply_cs():
    orig = promo.us_courtesy()
    when = at(2025, 12, 22, 21, 2, 0, -8)
    quoted = "\n".join("> " + ln if ln else ">" for ln in text_of(orig).splitlines())
    text = (f"Thanks Priya, that's very kind.\n\nAlex\n\nOn {gmail_date(orig.date)} Amazon.com <cs-reply@amazon.com> wrote:\n" + quoted + "\n")
    return user_msg("reply-cs", when, "Re: " + orig.subject, mk(None, text, "text", "utf-8", cte_text="quoted-printable"),
                    to="Amazon.com <cs-reply@amazon.com>", labels="Sent",
                    extra_headers=[("In-Reply-To", orig.message_id), ("References", orig.message_id)],
                    note="the user's reply quoting a courtesy-credit mail")


def fwd_attached_de():
    orig = giftcard.de()
    when = at(2025, 12, 21, 9, 0, 0, 1)
    text = "Gutschein von Kim, siehe Anhang.\n"
    body = ("mixed", [Part("plain", text, "utf-8", "quoted-printable"), ("rfc822", orig, "Geschenkgutschein.eml")])
    return user_msg("fwd-attached-de", when, "Fwd: " + orig.subject, body, note="forwarded as an attachment (message/rfc822)")


def wg_de():
    orig = norush.de1()
    when = at(2026, 3, 3, 20, 15, 0, 1)
    head = (f"-------- Ursprüngliche Nachricht --------\nVon: Amazon.de <no-reply@amazon.de>\nDatum: {orig.date.strftime('%d.%m.%Y %H:%M')}\n"
            f"An: Alex Moreau <alex.moreau@example.net>\nBetreff: {orig.subject}\n\n")
    text = "Zur Info.\n\n" + head + text_of(orig)
    return user_msg("fwd-wg-de", when, "WG: " + orig.subject, mk(None, text, "text", "iso-8859-15", cte_text="quoted-printable"),
                    to=PARTNER, labels="Sent", subject_enc="Q", subject_charset="iso-8859-15",
                    note="German forward (WG:) of a No-Rush grant")


def partner_reply():
    orig = promo.us_photos()
    when = at(2025, 7, 15, 20, 0, 0, -7)
    fwd_head = (f"---------- Forwarded message ---------\nFrom: Amazon.com <no-reply@amazon.com>\nDate: {gmail_date(orig.date)}\n"
                f"Subject: {orig.subject}\n\n")
    inner = fwd_head + text_of(orig)
    quoted = "\n".join("> " + ln if ln else ">" for ln in inner.splitlines())
    text = f"Nice! Let's use it for the photo prints.\n\nOn {gmail_date(when)} Alex Moreau <alex.moreau@example.net> wrote:\n{quoted}\n"
    rng = rng_for("msg:partner-reply")
    return Msg(key="partner-reply", family=FAM, mp=None, date=when, from_=PARTNER, subject="Re: Fwd: " + orig.subject,
               message_id=plain_message_id(rng, when, "example.org"), body=mk(None, text, "text", "utf-8", cte_text="8bit"),
               auth="pass-other", note="a partner's reply quoting the user's forward of a promotional grant")


def duplicate(orig: Msg, key: str, labels: str, note: str) -> Msg:
    return dataclasses.replace(orig, key=key, family=FAM, labels=labels, events=[], copy_of=orig, note=note)


def messages():
    return [
        fwd_gmail(), fwd_outlook_uk(), reply_cs(), fwd_attached_de(), wg_de(), partner_reply(),
        duplicate(norush.us5(), "dup-norush-us-5", "Archived,Category Updates,Opened", "second copy of a two-reward Benefit Confirmation"),
        duplicate(giftcard.us_1(), "dup-gc-us-1", "Important,Category Updates,Opened", "second copy of a gift card, other Gmail labels"),
        duplicate(codes.us_multi(), "dup-code-multi", "Inbox,Category Promotions,Opened", "second copy of a three-code mail"),
    ]

