#!/usr/bin/env python3
"""Check the second holdout: every message parses, every label is readable in its message,
Message-IDs are unique except the intended duplicates, and the three containers agree.

usage: python3 tests/holdout2/validate.py      exit 0 when all checks pass
"""
import datetime as dt
import email
import email.policy
import email.utils
import html
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))

# The same message present twice on purpose (an exact copy; a second delivery).
INTENDED_DUPLICATES = 2

EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December"]
DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
      "Oktober", "November", "Dezember"]
FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
      "octobre", "novembre", "décembre"]
INLINE = r"(?:sup|sub|span|b|strong|i|em|a|font|s|u)"

errors = []


def fail(where, what):
    errors.append("%s: %s" % (where, what))


def marketplace(from_header):
    addr = email.utils.parseaddr(from_header)[1].lower()
    dom = addr.rsplit("@", 1)[-1]
    for suffix, mp in (("amazon.co.uk", "UK"), ("amazon.co.jp", "JP"), ("amazon.ca", "CA"),
                       ("amazon.de", "DE"), ("amazon.fr", "FR"), ("amazon.com", "US")):
        if dom == suffix or dom.endswith("." + suffix):
            return mp
    return None


def visible_text(msg):
    """Subject plus every text part, HTML reduced to what a reader sees."""
    chunks = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        if part.is_multipart() or part.get_content_maintype() != "text":
            continue
        raw = part.get_payload(decode=True)
        cs = part.get_content_charset() or "us-ascii"
        text = raw.decode(cs, errors="strict")  # a wrong charset label is a defect here
        if part.get_content_subtype() == "html":
            text = re.sub(r"(?is)<(style|title|head)[^>]*>.*?</\1>", " ", text)
            text = re.sub(r"(?i)</?%s\b[^>]*>" % INLINE, "", text)
            text = html.unescape(re.sub(r"<[^>]+>", " ", text))
        chunks.append(text)
    return re.sub(r"\s+", " ", " ".join(chunks).replace("\u00a0", " ").replace("\u202f", " "))


def number_forms(amount, currency):
    q = Decimal(amount)
    whole = int(q)
    if currency == "JPY":
        return ["{:,}".format(whole), str(whole)]
    dot = "{:,.2f}".format(q)
    forms = [dot, dot.replace(",", " ").replace(".", ","), dot.replace(",", "X").replace(".", ",").replace("X", ".")]
    if q == whole:
        forms += ["{:,}".format(whole), str(whole)]
    return list(dict.fromkeys(forms))


def amount_forms(amount, currency):
    out = []
    for n in number_forms(amount, currency):
        if currency == "USD":
            out += ["$" + n, "US$" + n, "USD " + n, n + " USD"]
        elif currency == "CAD":
            out += ["CDN$ " + n, "CDN$" + n, "C$" + n, "$" + n, n + " $", n + "$", n + " CAD"]
        elif currency == "GBP":
            out += ["£" + n, "GBP " + n]
        elif currency == "EUR":
            out += [n + " €", n + "€", "EUR " + n, "€" + n, n + " EUR"]
        elif currency == "JPY":
            out += ["￥" + n, "¥" + n, n + "円", "JPY " + n, "￥ " + n]
    if currency == "GBP" and Decimal(amount) < 1:
        out.append("%dp" % int(Decimal(amount) * 100))
    return out


def date_forms(iso, mp):
    x = dt.date.fromisoformat(iso)
    m, dd, y = x.month, x.day, x.year
    us = ["%s %d, %d" % (EN[m - 1], dd, y), "%s %d, %d" % (EN[m - 1][:3], dd, y),
          "%s. %d, %d" % (EN[m - 1][:3], dd, y)]
    uk = ["%d %s %d" % (dd, EN[m - 1], y), "%d %s %d" % (dd, EN[m - 1][:3], y)]
    fr = ["%s %s %d" % ("1er" if dd == 1 else dd, FR[m - 1], y)]
    forms = {"US": us + ["%02d/%02d/%d" % (m, dd, y), "%d/%d/%d" % (m, dd, y)],
             "UK": uk + ["%02d/%02d/%d" % (dd, m, y)],
             "CA": us + uk + fr,  # numeric dates are ambiguous on Amazon.ca: never accepted
             "DE": ["%d. %s %d" % (dd, DE[m - 1], y), "%02d.%02d.%d" % (dd, m, y)],
             "FR": fr + ["%02d/%02d/%d" % (dd, m, y)],
             "JP": ["%d年%d月%d日" % (y, m, dd), "%d年%02d月%02d日" % (y, m, dd), "%d/%02d/%02d" % (y, m, dd)]}
    return forms[mp] + [iso]


def check_event(where, e, text, mp, sent):
    if mp is None:
        fail(where, "event in a message whose sender is not an Amazon domain")
        return
    if e["amount"] is not None:
        if not any(f in text for f in amount_forms(e["amount"], e["currency"])):
            fail(where, "amount %s %s not readable" % (e["amount"], e["currency"]))
    if e["expires_on"] is not None:
        if not any(f in text for f in date_forms(e["expires_on"], mp)):
            fail(where, "date %s not readable for %s" % (e["expires_on"], mp))
        if e["kind"] in ("grant", "points", "code") and dt.date.fromisoformat(e["expires_on"]) < sent:
            fail(where, "expires before the message was sent")
    for f in ("order_id", "code"):
        if e[f] is not None and e[f] not in text:
            fail(where, "%s %s not in the text" % (f, e[f]))
    if e["points"] is not None:
        if not re.search(r"(?<![\d,.])%d(?![\d,.])" % e["points"], text) or not re.search(
                r"(?i)point|ポイント", text):
            fail(where, "points %d not readable" % e["points"])
    if e["kind"] == "redeem" and not e["order_id"]:
        fail(where, "a redeem without its order id")
    if e["kind"] == "code" and not e["code"]:
        fail(where, "a code event without a code")


def split_mbox(data):
    """Messages of an mboxrd file, un-escaped, in order."""
    msgs, cur = [], None
    for line in data.split(b"\n"):
        if line.startswith(b"From ") and (cur is None or (cur and cur[-1] == b"")):
            if cur is not None:
                msgs.append(cur[:-1])
            cur = []
            continue
        if re.match(rb"^>+From ", line):
            line = line[1:]
        cur.append(line)
    if cur is not None:
        if cur and cur[-1] == b"":
            cur = cur[:-1]
        msgs.append(cur[:-1] if cur and cur[-1] == b"" else cur)
    return [b"\n".join(m) + b"\n" for m in msgs]


def main():
    exp = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
    names = sorted(os.listdir(os.path.join(HERE, "emails")))
    raws = [open(os.path.join(HERE, "emails", n), "rb").read() for n in names]
    if len(raws) != exp["messages"]:
        fail("expected.json", "messages=%d but %d files" % (exp["messages"], len(raws)))

    by_mid, texts = {}, {}
    for name, raw in zip(names, raws):
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for part in msg.walk():
            for defect in part.defects:
                fail(name, "parse defect %r" % defect)
        try:
            text = visible_text(msg)
        except (LookupError, UnicodeDecodeError) as err:
            fail(name, "undecodable text part: %s" % err)
            continue
        mid = msg["Message-ID"]
        if not mid:
            fail(name, "no Message-ID")
            continue
        sent = email.utils.parsedate_to_datetime(msg["Date"]).date()
        by_mid.setdefault(mid, []).append((name, raw))
        texts[mid] = (name, text, marketplace(msg["From"]), sent)

    dups = {m: v for m, v in by_mid.items() if len(v) > 1}
    if len(dups) != INTENDED_DUPLICATES or any(len(v) != 2 for v in dups.values()):
        fail("Message-ID", "expected %d duplicated ids, found %s" % (INTENDED_DUPLICATES,
                                                                      {m: [n for n, _ in v] for m, v in dups.items()}))
    if not any(v[0][1] == v[1][1] for v in dups.values()):
        fail("Message-ID", "no byte-identical duplicate")

    labelled = Counter(e["message_id"] for e in exp["events"])
    for i, e in enumerate(exp["events"]):
        if e["message_id"] not in texts:
            fail("event %d" % i, "unknown message %s" % e["message_id"])
            continue
        name, text, mp, sent = texts[e["message_id"]]
        check_event("%s event %d (%s)" % (name, i, e["kind"]), e, text, mp, sent)
    for mid in exp["negatives"]:
        if mid not in texts:
            fail("negatives", "unknown message %s" % mid)
        elif labelled[mid]:
            fail("negatives", "%s is labelled with events" % mid)
    unaccounted = [texts[m][0] for m in texts if not labelled[m] and m not in exp["negatives"]]
    if unaccounted:
        fail("expected.json", "messages neither labelled nor negative: %s" % unaccounted)

    mbox = split_mbox(open(os.path.join(HERE, "mailbox.mbox"), "rb").read())
    if mbox != raws:
        bad = [names[i] for i in range(min(len(mbox), len(raws))) if mbox[i] != raws[i]]
        fail("mailbox.mbox", "%d messages vs %d files; differing: %s" % (len(mbox), len(raws), bad[:5]))

    md = []
    for sub in ("cur", "new"):
        d = os.path.join(HERE, "Maildir", sub)
        md += [open(os.path.join(d, n), "rb").read() for n in os.listdir(d)]
    if Counter(md) != Counter(raws):
        fail("Maildir", "cur/ + new/ differ from emails/")
    if [n for n in os.listdir(os.path.join(HERE, "Maildir", "tmp")) if not n.startswith(".")]:
        fail("Maildir", "tmp/ holds a message")

    for e in errors:
        print("FAIL", e)
    kinds = Counter(e["kind"] for e in exp["events"])
    print("%d messages, %d events %s, %d negatives: %s" % (
        len(raws), len(exp["events"]), dict(kinds), len(exp["negatives"]),
        "%d problems" % len(errors) if errors else "all checks pass"))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
