#!/usr/bin/env python3
"""Check the holdout with Python's own email package, independently of the generator.

    python3 tests/holdout/validate.py

- every emails/*.eml parses, every text part decodes in its declared charset;
- every labelled amount, date, order id, code and point count is readable in the
  decoded message (subject, text and HTML rendered to text), written the way that
  message's marketplace writes it (so a US-order date in a UK mail is caught);
- Message-IDs are unique except intended copies (same From, Subject, Date and body);
- mailbox.mbox holds the same messages in the same order (after mboxrd unescaping
  and dropping the X-GM-* lines) plus exactly one Chat message; Python's mailbox
  module reads it too; Maildir/ holds the same messages;
- expected.json has the shape of ../shared/corpus/expected.json.
It imports nothing from the generator. Exit 1 with a list of failures.
"""

import email
import html
import json
import mailbox
import re
import sys
from collections import Counter
from datetime import date
from email import policy
from email.header import decode_header, make_header
from pathlib import Path

HERE = Path(__file__).resolve().parent
FAIL = []


def fail(msg):
    FAIL.append(msg)


# ---------------------------------------------------------------- reading a message


def body_of(raw):
    """The bytes after the header block."""
    m = re.search(rb"\r?\n\r?\n", raw)
    return raw[m.end():] if m else b""


def market_of(msg):
    sender = str(msg.get("From", ""))
    m = re.search(r"@([A-Za-z0-9.-]+)>?\s*$", sender)
    host = m.group(1).lower() if m else ""
    for suffix, mk in (("amazon.co.uk", "UK"), ("amazon.ca", "CA"), ("amazon.de", "DE"),
                       ("amazon.fr", "FR"), ("amazon.co.jp", "JP"), ("amazon.com", "US")):
        if host == suffix or host.endswith("." + suffix):
            return mk
    return None


def html_to_text(s):
    s = re.sub(r"(?is)<(style|script|head)\b.*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</(p|div|tr|h\d|li|table)>", "\n", s)
    s = re.sub(r"(?i)</t[dh]>", " ", s)
    s = re.sub(r"<[^>]+>", "", s)  # tags vanish: "<span>$</span><span>1</span>" -> "$1"
    return html.unescape(s)


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ")
    return re.sub(r"[ \t\r]+", " ", s)


def decode_leaf(part, where):
    raw = part.get_payload(decode=True) or b""
    cs = (part.get_content_charset() or "us-ascii").lower()
    # What mail clients do (WHATWG): a body labelled iso-8859-1 is read as windows-1252.
    if cs in ("iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii"):
        cs = "windows-1252"
    try:
        return raw.decode(cs)
    except (LookupError, UnicodeDecodeError) as e:
        fail("%s: part %s does not decode as %s: %s" % (where, part.get_content_type(), cs, e))
        return raw.decode(cs if cs != "unknown" else "utf-8", "replace")


def readable_text(msg, where):
    """Subject plus every text part (HTML rendered to text), nested messages included."""
    out = [str(make_header(decode_header(msg.get("Subject", ""))))]
    for part in msg.walk():
        if part.is_multipart() or part.get_content_maintype() != "text":
            continue
        t = decode_leaf(part, where)
        if part.get_content_subtype() == "html":
            t = html_to_text(t)
        out.append(t)
    return norm("\n".join(out))


# ---------------------------------------------------------------- how a label may be written

EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December"]
DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
      "Oktober", "November", "Dezember"]
FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
      "octobre", "novembre", "décembre"]


def date_forms(d, market):
    y, m, dd = d.year, d.month, d.day
    forms = {"%04d-%02d-%02d" % (y, m, dd)}
    en = [EN[m - 1], EN[m - 1][:3]]
    for mon in en:
        forms |= {"%s %d, %d" % (mon, dd, y), "%d %s %d" % (dd, mon, y)}
    if market in ("DE", None):
        forms |= {"%02d.%02d.%04d" % (dd, m, y), "%d.%d.%04d" % (dd, m, y),
                  "%d. %s %d" % (dd, DE[m - 1], y), "%02d. %s %d" % (dd, DE[m - 1], y)}
    if market in ("FR", "CA", None):
        forms |= {"%s %s %d" % ("1er" if dd == 1 else dd, FR[m - 1], y)}
    if market in ("JP", None):
        forms |= {"%d年%d月%d日" % (y, m, dd), "%d年%02d月%02d日" % (y, m, dd),
                  "%04d/%02d/%02d" % (y, m, dd), "%d/%d/%d" % (y, m, dd)}
    day_first = "%02d/%02d/%04d" % (dd, m, y)
    month_first = "%02d/%02d/%04d" % (m, dd, y)
    if market in ("UK", "FR", "DE"):
        forms.add(day_first)
    if market == "US":
        forms |= {month_first, "%d/%d/%02d" % (m, dd, y % 100)}
    if market == "CA":  # numeric only when one reading is impossible
        if dd > 12:
            forms.add(day_first)
        if dd > 12 or m == dd:
            forms.add(month_first)
    return forms


CUR_MARK = {
    "USD": r"(?:US\$|\$|USD)",
    "CAD": r"(?:CDN\$|CA\$|C\$|\$|CAD)",
    "GBP": r"(?:£|GBP)",
    "EUR": r"(?:€|EUR)",
    "JPY": r"(?:￥|¥|円|JPY)",
}


def amount_found(amount, currency, text):
    mark = CUR_MARK[currency]
    if currency == "JPY":
        n = int(amount)
        nums = {str(n), "{:,}".format(n)}
    else:
        units, cents = amount.split(".")
        nums = {"%s.%s" % (units, cents), "%s,%s" % (units, cents)}
        if cents == "00":
            nums.add(units)
        if currency == "GBP" and units == "0":
            if re.search(r"(?<![\d.,])%dp\b" % int(cents), text):
                return True
    for n in nums:
        num = r"(?<![\d.,])%s(?![\d]|[.,]\d)" % re.escape(n)
        if re.search(r"%s\s?-?\s?%s|%s\s?(?:\(\w+\)\s?)?%s" % (mark, num, num, mark), text):
            return True
    return False


# ---------------------------------------------------------------- checks


def check_expected(exp):
    keys = {"kind", "program", "amount", "currency", "expires_on", "order_id", "points", "code",
            "message_id"}
    if set(exp) != {"messages", "events", "negatives"}:
        fail("expected.json: top-level keys %s" % sorted(exp))
    for e in exp["events"]:
        if set(e) != keys:
            fail("expected.json: event keys %s" % sorted(e))
        if e["kind"] not in ("grant", "redeem", "promise", "points", "code"):
            fail("expected.json: kind %r" % e["kind"])
        if e["amount"] is not None:
            ok = re.fullmatch(r"\d+", e["amount"]) if e["currency"] == "JPY" else re.fullmatch(
                r"\d+\.\d\d", e["amount"])
            if not ok:
                fail("expected.json: amount %r %r" % (e["amount"], e["currency"]))
        if e["expires_on"] is not None:
            date.fromisoformat(e["expires_on"])


def main():
    exp = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
    check_expected(exp)
    files = sorted((HERE / "emails").glob("*.eml"))
    if len(files) != exp["messages"]:
        fail("emails/: %d files, expected.json says %d" % (len(files), exp["messages"]))

    by_id, raws, texts, markets = {}, [], {}, {}
    for f in files:
        raw = f.read_bytes()
        raws.append(raw)
        msg = email.message_from_bytes(raw, policy=policy.default)
        mid = str(msg.get("Message-ID", "")).strip()
        if not mid:
            fail("%s: no Message-ID" % f.name)
        for h in ("From", "Date", "Subject"):
            if msg.get(h) is None:
                fail("%s: no %s" % (f.name, h))
        if msg.defects:
            fail("%s: defects %s" % (f.name, msg.defects))
        text = readable_text(msg, f.name)
        by_id.setdefault(mid, []).append((f.name, msg, raw))
        texts.setdefault(mid, text)
        markets[mid] = market_of(msg)

    for mid, copies in by_id.items():
        if len(copies) > 1:
            a = copies[0][1]
            for name, b, raw_b in copies[1:]:
                same = all(str(a.get(h)) == str(b.get(h)) for h in ("From", "Subject", "Date"))
                if not same or body_of(copies[0][2]) != body_of(raw_b):
                    fail("%s: Message-ID %s reused by a different message" % (name, mid))
    dup_ids = [m for m, c in by_id.items() if len(c) > 1]

    for e in exp["events"]:
        mid = e["message_id"]
        if mid not in texts:
            fail("event for unknown message %s" % mid)
            continue
        text, mk = texts[mid], markets[mid]
        where = "%s (%s %s)" % (by_id[mid][0][0], e["kind"], e["program"])
        if e["amount"] is not None and not amount_found(e["amount"], e["currency"], text):
            fail("%s: amount %s %s not readable" % (where, e["amount"], e["currency"]))
        if e["expires_on"]:
            d = date.fromisoformat(e["expires_on"])
            if not any(f in text for f in date_forms(d, mk)):
                fail("%s: expiry %s not readable as a %s date" % (where, d, mk))
        if e["order_id"] and e["order_id"] not in text:
            fail("%s: order id %s not in text" % (where, e["order_id"]))
        if e["code"] and e["code"] not in text:
            fail("%s: code %s not in text" % (where, e["code"]))
        if e["points"] is not None and not re.search(r"(?<!\d)%d(?!\d)" % e["points"], text):
            fail("%s: %d points not in text" % (where, e["points"]))
    for mid in exp["negatives"]:
        if mid not in by_id:
            fail("negative %s is not a message" % mid)
        if any(e["message_id"] == mid and e["kind"] == "grant" for e in exp["events"]):
            fail("negative %s carries a grant" % mid)

    check_mbox(raws, exp)
    check_maildir(raws)

    n_chat = 1
    print("validate: %d messages (%d distinct Message-IDs, intended copies: %d), %d events,"
          " %d negatives, mbox %d (+%d Chat)" % (
              len(files), len(by_id), len(dup_ids), len(exp["events"]), len(exp["negatives"]),
              len(files), n_chat))
    if FAIL:
        print("\n".join("FAIL " + f for f in FAIL))
        sys.exit(1)
    print("ok")


def split_mboxrd(data):
    """Split an mboxrd file on 'From ' lines and undo the '>From ' escaping."""
    msgs = []
    for chunk in re.split(rb"(?m)^From [^\n]*\n", data)[1:]:
        lines = chunk.split(b"\n")
        lines = [ln[1:] if re.match(rb">+From ", ln) else ln for ln in lines]
        body = b"\n".join(lines)
        # the separator: one empty line (in the message's own line ending)
        if body.endswith(b"\r\n\r\n"):
            body = body[:-2]
        elif body.endswith(b"\n\n"):
            body = body[:-1]
        msgs.append(body)
    return msgs


def check_mbox(raws, exp):
    data = (HERE / "mailbox.mbox").read_bytes()
    msgs = split_mboxrd(data)
    chats = [m for m in msgs if re.search(rb"(?m)^X-Gmail-Labels: [^\r\n]*\bChat\b", m)]
    if len(chats) != 1:
        fail("mbox: %d Chat messages, want 1" % len(chats))
    rest = [m for m in msgs if m not in chats]
    if len(msgs) != exp["messages"] + 1:
        fail("mbox: %d messages, want %d + 1 Chat" % (len(msgs), exp["messages"]))
    for i, (m, raw) in enumerate(zip(rest, raws)):
        if not re.match(rb"X-GM-THRID: \d+\r?\nX-Gmail-Labels: [^\r\n]*\r?\n", m):
            fail("mbox message %d: no X-GM-THRID / X-Gmail-Labels" % i)
        stripped = re.sub(rb"^X-GM-THRID: \d+\r?\nX-Gmail-Labels: [^\r\n]*\r?\n", b"", m)
        if stripped != raw:
            fail("mbox message %d differs from emails/%04d.eml" % (i, i))
    if not re.search(rb"(?m)^>From ", data) or not re.search(rb"(?m)^>>From ", data):
        fail("mbox: no '>From ' and '>>From ' escapes exercised")
    n = len(mailbox.mbox(str(HERE / "mailbox.mbox")))
    if n != exp["messages"] + 1:
        fail("mailbox.mbox read by Python: %d messages" % n)


def check_maildir(raws):
    md = HERE / "Maildir"
    got = [p.read_bytes() for sub in ("cur", "new") for p in (md / sub).iterdir()
           if not p.name.startswith(".")]
    if Counter(got) != Counter(raws):
        fail("Maildir: contents differ from emails/")
    if not (md / "tmp").is_dir():
        fail("Maildir: no tmp/")
    if len(mailbox.Maildir(str(md), create=False)) != len(raws):
        fail("Maildir read by Python: wrong count")


if __name__ == "__main__":
    main()
