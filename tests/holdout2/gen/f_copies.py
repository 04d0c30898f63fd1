"""Messages made from other messages: the user's forwards (inline, as attachment, to
someone else), an exact duplicate, a second delivery of one message, and a later
reminder about a grant whose mail gave no expiry. None of them adds an event."""
import copy
import datetime as dt
import email
import email.policy
import html
import re

from .common import USER_ADDR, Msg, amz, fmt_addr, received
from .dates import d, rfc2822, us_long
from .mime import Attached, Multi, Text

ME = ("Priya Lindqvist", USER_ADDR)


def _text_of(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    part = msg.get_body(preferencelist=("plain", "html"))
    text = part.get_content()
    if part.get_content_subtype() == "html":
        text = re.sub(r"(?s)<(style|title)[^>]*>.*?</\1>", "", text)
        text = re.sub(r"<br\s*/?>|</p>|</tr>|</li>|</h\d>", "\n", text)
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
        text = "\n".join(" ".join(l.split()) for l in text.splitlines() if l.strip())
    return text.strip() + "\n", msg


def _by_key(msgs, key):
    return next(m for m in msgs if m.key == key)


def build(msgs):
    out = []

    # 1. inline forward to self, Gmail style
    o = _by_key(msgs, "nr-us-block-1")
    text, _ = _text_of(o.render())
    body = ("keep for later, expires end of August\n\n---------- Forwarded message ---------\n"
            "From: %s\nDate: %s\nSubject: %s\nTo: %s\n\n%s"
            % (fmt_addr(o.sender), o.when.strftime("%a, %b %-d, %Y at %-I:%M %p"), o.subject,
               "<%s>" % USER_ADDR, text))
    out.append(Msg("fw-inline", o.when + dt.timedelta(hours=3), ME, "Fwd: " + o.subject, Text(body),
                   tz=-420, labels="Sent,Inbox,Opened", to="<%s>" % USER_ADDR,
                   note="the user's forward of a grant: adds nothing"))

    # 2. forward as attachment (message/rfc822)
    o = _by_key(msgs, "pc-photos")
    inner = o.render().split(b"\n", 3)[3]  # drop the Takeout-only headers of the original
    out.append(Msg("fw-attached", o.when + dt.timedelta(days=1), ME, "Fw: " + o.subject,
                   Multi("mixed", [Text("see attached - $20 Photos credit, use before Halloween\n", cte="7bit"),
                                   Attached(inner, "Prime Day credit.eml")], "fw-att-1"),
                   tz=-420, labels="Sent,Inbox,Opened", to="<%s>" % USER_ADDR))

    # 3. Outlook-style forward: header block lines start with "From:" inside the body
    o = _by_key(msgs, "nr-uk-1")
    text, _ = _text_of(o.render())
    body = ("FYI\n\n________________________________\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s"
            % (fmt_addr(o.sender), o.when.strftime("%d %B %Y %H:%M"), USER_ADDR, o.subject, text))
    out.append(Msg("fw-outlook", o.when + dt.timedelta(days=2), ME, "FW: " + o.subject,
                   Text(body, charset="windows-1252", cte="quoted-printable"), tz=60,
                   labels="Sent,Inbox,Opened", to="<%s>" % USER_ADDR, crlf=True))

    # 4. forwarded to a partner, quoted with '>' prefixes (and a line that is ">From ...")
    o = _by_key(msgs, "nr-de-2")
    text, _ = _text_of(o.render())
    quoted = "".join("> " + l + "\n" if l else ">\n" for l in text.splitlines())
    body = ("Schau mal, noch ein Euro für Kindle-Bücher :)\n\n>From the Amazon.de mail:\n%s" % quoted)
    out.append(Msg("fw-partner", o.when + dt.timedelta(hours=5), ME, "WG: " + o.subject,
                   Text(body, charset="utf-8", cte="8bit"), tz=60, labels="Sent",
                   to='"Jonas Weber" <jonas.weber@example.net>'))

    # 5. exact duplicate: the same bytes again, later in the archive
    o = _by_key(msgs, "nr-uk-3")
    dup = Msg("dup-exact", o.when + dt.timedelta(days=40), o.sender, o.subject, o.body, tz=o.tz,
              mid=o.mid, raw=o.render(), negative=False, note="exact copy of nr-uk-3")
    out.append(dup)

    # 6. the same message delivered twice (alias): same Message-ID, new trace headers
    o = _by_key(msgs, "pc-video")
    again = copy.copy(o)
    again.key = "dup-redelivered"
    again.labels = "Inbox,Category Updates"
    again.pre = [received("smtp-relay.example.net", "198.51.100.7", rfc2822(o.when, o.tz))] + list(o.pre)
    again.events = []
    again.negative = False
    again.when = o.when + dt.timedelta(minutes=2)
    again.note = "second delivery of pc-video through a forwarding alias"
    out.append(again)

    # 7. a later reminder gives the expiry the grant mail did not state: a notice, not a grant
    o = _by_key(msgs, "nr-us-noexp")
    oid = o.events[0]["order_id"]
    out.append(Msg("xs-noexp-later", o.when + dt.timedelta(days=50), amz("US", "no-reply"),
                   "A reward from your order expires soon",
                   Text("Hi Priya,\n\nThe $1.00 No-Rush reward you earned on order %s expires on %s. "
                        "Use it on a Kindle book, a movie rental or an album.\n" % (oid, us_long(d("2025-06-30"))),
                        cte="7bit"),
                   tz=-420, note="reminder about nr-us-noexp; its grant stays expires_on null"))
    return out
