"""The message record every family returns, label helpers, and shared bits of mail."""
import datetime as dt
import hashlib

from .dates import rfc2822
from .mime import Multi, Text, encoded_word, render_message

USER_NAME = "Priya Lindqvist"
USER_ADDR = "priya.lindqvist@example.com"
USER_TO = '"%s" <%s>' % (USER_NAME, USER_ADDR)

# Order-number prefixes differ by marketplace on real Amazon orders.
ORDER_PREFIX = {"US": ["111", "112", "113", "114"], "UK": ["202", "203", "204", "205", "206"],
                "DE": ["302", "303", "304", "305", "306"], "FR": ["402", "403", "404", "405", "407"],
                "CA": ["701", "702"], "JP": ["249", "250", "503"]}


def h(key, n=16):
    return hashlib.sha256(key.encode()).hexdigest()[:n]


def order_id(rng, mp="US", digital=False):
    pre = "D01" if digital else rng.choice(ORDER_PREFIX[mp])
    return "%s-%07d-%07d" % (pre, rng.randrange(10 ** 6, 10 ** 7), rng.randrange(10 ** 6, 10 ** 7))


def ev(kind, program, amount=None, currency=None, expires_on=None, order_id=None, points=None, code=None):
    return {"kind": kind, "program": program, "amount": amount, "currency": currency,
            "expires_on": expires_on, "order_id": order_id, "points": points, "code": code}


def grant(program, amount, currency, expires_on=None, order_id=None):
    return ev("grant", program, amount, currency, expires_on, order_id)


def redeem(program, amount, currency, order_id):
    return ev("redeem", program, amount, currency, None, order_id)


def promise(amount, currency, order_id, program="no-rush"):
    return ev("promise", program, amount, currency, None, order_id)


def points(n, expires_on):
    return ev("points", "kindle-rewards", None, None, expires_on, None, n)


def code(c, expires_on, amount=None, currency=None):
    return ev("code", "promo-code", amount, currency, expires_on, None, None, c)


class Msg:
    """One message of the holdout, with the events a careful reader labels in it."""

    def __init__(self, key, when, sender, subject, body, events=(), tz=0, subject_enc=None,
                 labels="Inbox,Category Updates,Opened", crlf=False, extra=(), pre=(),
                 mid=None, to=USER_TO, negative=None, note=None, raw=None):
        self.key = key
        self.when = when if isinstance(when, dt.datetime) else dt.datetime.fromisoformat(when)
        self.tz = tz
        self.sender = sender
        self.subject = subject
        self.subject_enc = subject_enc  # None | ("B"|"Q", charset)
        self.body = body
        self.events = list(events)
        self.labels = labels
        self.crlf = crlf
        self.extra = list(extra)      # headers after Message-ID
        self.pre = list(pre)          # trace headers before Date
        self.to = to
        self.mid = mid or default_mid(key, sender)
        self.negative = (not self.events) if negative is None else negative
        self.note = note
        self.raw = raw                # bytes: a message given verbatim (duplicates)
        for e in self.events:
            e["message_id"] = self.mid

    @property
    def utc(self):
        return self.when - dt.timedelta(minutes=self.tz)

    def render(self):
        if self.raw is not None:
            return self.raw
        eol = "\r\n" if self.crlf else "\n"
        enc_spec = self.subject_enc or (None if self.subject.isascii() else ("Q", "utf-8"))
        if enc_spec:
            enc, cs = enc_spec
            subj = "\n ".join(encoded_word(self.subject, cs, enc))
        else:
            subj = self.subject
        thrid = int(h("thr" + self.key), 16) % (10 ** 19)
        headers = [("X-GM-THRID", str(thrid)), ("X-Gmail-Labels", self.labels),
                   ("Delivered-To", USER_ADDR)]
        headers += self.pre
        headers += [("Date", rfc2822(self.when, self.tz)), ("From", fmt_addr(self.sender)),
                    ("To", self.to), ("Subject", subj), ("Message-ID", self.mid)]
        headers += self.extra
        return render_message(headers, self.body, eol)


def fmt_addr(sender):
    name, addr = sender
    if name is None:
        return addr
    if any(c in name for c in ',.@"()<>') or not name.isascii():
        if not name.isascii():
            return "%s <%s>" % (" ".join(encoded_word(name, "utf-8", "B")), addr)
        return '"%s" <%s>' % (name.replace('"', '\\"'), addr)
    return "%s <%s>" % (name, addr)


def default_mid(key, sender):
    dom = sender[1].split("@")[-1]
    x = h("mid" + key, 40)
    if dom.endswith("amazon.com") or dom.startswith("amazon.") or ".amazon." in dom:
        # Amazon's mail goes out through SES: ids look like this, whatever the From domain
        region = "email.amazonses.com" if dom.endswith(".com") or dom.endswith(".ca") else "eu-west-1.amazonses.com"
        if dom.endswith(".co.jp"):
            region = "ap-northeast-1.amazonses.com"
        return "<%s-%s-%s-%s-%s-%s-000000@%s>" % ("01000" + x[:11], x[11:19], x[19:23], x[23:27],
                                                   x[27:31], x[31:40] + "abc", region)
    return "<%s.%s@%s>" % (x[:12], x[12:24], dom)


def auth_pass(domain):
    return ("Authentication-Results",
            "mx.google.com;\n       dkim=pass header.i=@%s header.s=%s header.b=%s;\n"
            "       spf=pass (google.com: domain of bounces@%s designates 54.240.8.%d as permitted sender)"
            " smtp.mailfrom=bounces@%s;\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
            % (domain, h(domain, 8), h("b" + domain, 8), domain, len(domain), domain, domain))


def received(host, ip, when_str):
    return ("Received", "from %s (%s [%s])\n        by mx.google.com with ESMTPS id %s\n        for <%s>;\n        %s"
            % (host, host, ip, h(host + when_str, 12), USER_ADDR, when_str))


# ----------------------------------------------------------- marketplace bits

SENDERS = {
    "US": "Amazon.com", "UK": "Amazon.co.uk", "CA": "Amazon.ca", "DE": "Amazon.de",
    "FR": "Amazon.fr", "JP": "Amazon.co.jp",
}
DOMAIN = {"US": "amazon.com", "UK": "amazon.co.uk", "CA": "amazon.ca", "DE": "amazon.de",
          "FR": "amazon.fr", "JP": "amazon.co.jp"}


def amz(mp, local="no-reply", display=None):
    return (display if display is not None else SENDERS[mp], "%s@%s" % (local, DOMAIN[mp]))


def html_shell(inner, lang="en", title="", preheader="", footer=""):
    """A table-based e-mail shell of the kind commercial senders produce."""
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        '<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        "<title>%s</title>\n<style>td{font-family:Arial,sans-serif;font-size:14px;color:#0f1111}"
        ".sm{font-size:11px;color:#565959}.amt{font-weight:bold;text-align:right}</style></head>\n"
        '<body style="margin:0;padding:0">\n'
        '<div style="display:none;max-height:0;overflow:hidden">%s</div>\n'
        '<table width="100%%" cellpadding="0" cellspacing="0" border="0" role="presentation">\n'
        '<tr><td align="center"><table width="600" cellpadding="0" cellspacing="0" border="0">\n'
        '<tr><td style="padding:16px 20px"><img src="https://m.media-amazon.com/images/G/01/x-locale/common/logo.png" '
        'alt="amazon" width="100"></td></tr>\n'
        "%s\n"
        '<tr><td class="sm" style="padding:20px">%s</td></tr>\n'
        "</table></td></tr></table>\n</body></html>\n" % (lang, title, preheader, inner, footer))


def alt_from_plain(plain, boundary, html_cte="quoted-printable", charset="utf-8"):
    """multipart/alternative whose HTML half says the same as the text half, in paragraphs."""
    import html as _html
    paras = "".join("<p>%s</p>" % _html.escape(p).replace("\n", "<br>\n")
                    for p in plain.strip().split("\n\n"))
    return Multi("alternative", [Text(plain, charset=charset),
                                 Text(html_shell("<tr><td style='padding:0 20px'>%s</td></tr>" % paras),
                                      "html", charset=charset, cte=html_cte)], boundary)
