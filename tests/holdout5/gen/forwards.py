"""The user's own forwards of credit mail already in the mailbox: they add nothing."""
from mailbox_kit import mime
from .build import USER, Msg, datehdr, msgid


def inline_forward(ctx, orig, note, sep, prefix):
    when = orig.when.replace(hour=min(orig.when.hour + 2, 23))
    quoted = "\n".join([note, "", sep, f"From: {orig.sender[0]} <{orig.sender[1]}>",
                        f"Date: {datehdr(orig.when, orig.market)}", f"Subject: {orig.subject}",
                        f"To: {USER['name']} <{USER['addr']}>", "", orig.text.rstrip("\n")]) + "\n"
    mid = msgid(ctx, "example.net")
    root = mime.Text("text/plain", quoted, "utf-8", "quoted-printable")
    headers = [("From", f'"{USER["name"]}" <{USER["addr"]}>'), ("To", f'"{USER["name"]}" <{USER["addr"]}>'),
               ("Subject", mime.ew(prefix + orig.subject, "Q") if any(ord(c) > 127 for c in prefix + orig.subject) else prefix + orig.subject),
               ("Date", datehdr(when, None)), ("Message-ID", mid)]
    raw = mime.render(headers, root, b"\r\n")
    return Msg(family="the user's own forward", market=orig.market, raw=raw, msgid=mid, events=[], negative=True,
               layout="plain", cte="quoted-printable", charset="utf-8", subj_enc="raw", eol="CRLF",
               note="inline forward of " + orig.family, subject=prefix + orig.subject, text=quoted,
               sender=(USER["name"], USER["addr"]), when=when)


def attached_forward(ctx, orig):
    when = orig.when.replace(hour=min(orig.when.hour + 3, 23))
    mid = msgid(ctx, "example.net")
    note = mime.Text("text/plain", "Forwarding this so I remember to use it.\n", "utf-8", "7bit")
    root = mime.Multi("mixed", [note, mime.Rfc822(orig.raw)], "fwd-boundary-%d" % ctx.rng.randrange(10**9))
    subj = "Fwd: " + orig.subject
    headers = [("From", f'"{USER["name"]}" <{USER["addr"]}>'), ("To", f'"{USER["name"]}" <{USER["addr"]}>'),
               ("Subject", mime.ew(subj, "B")), ("Date", datehdr(when, None)), ("Message-ID", mid)]
    raw = mime.render(headers, root, b"\r\n")
    return Msg(family="the user's own forward", market=orig.market, raw=raw, msgid=mid, events=[], negative=True,
               layout="rfc822 attached", cte="7bit", charset="utf-8", subj_enc="B/utf-8", eol="CRLF",
               note="attached forward of " + orig.family, subject=subj, text="", sender=(USER["name"], USER["addr"]), when=when)
