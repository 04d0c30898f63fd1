"""The user's own forwards of credit mail (inline and as an attached message).
They repeat a grant already in the mailbox and must add nothing."""
import email
import email.policy

from . import mime, render
from .build import USER
from .mime import Leaf, Multi, Embedded
from .noise import _msg, bnd


def inline_forward(ctx, orig, intro, marker):
    """`orig` is an assembled Spec; its text is quoted below a forward header block."""
    text = render.to_text(orig.blocks, {k: mime.strip_split(v) for k, v in orig.f.items()})
    m = email.message_from_bytes(orig.raw, policy=email.policy.default)
    body = (f"{intro}\n\n{marker}\nFrom: {m['From']}\nDate: {m['Date']}\nSubject: {m['Subject']}\n"
            f"To: {m['To']}\n\n{text}")
    root = Leaf("text/plain", text=body, charset="utf-8", cte="quoted-printable")
    subj = ("WG: " if orig.market == "DE" else "Fwd: ") + str(m["Subject"])
    s = _msg(ctx, (USER["name"], USER["addr"]), subj, root, subj_how="raw" if subj.isascii() else "b",
             family="the user's own forward")
    s.market = orig.market
    return s


def attached_forward(ctx, orig):
    m = email.message_from_bytes(orig.raw, policy=email.policy.default)
    root = Multi("mixed", [Leaf("text/plain", text="Keeping this one for the records.\n", charset="utf-8",
                                cte="7bit"),
                           Embedded(orig.raw, headers=['Content-Disposition: attachment; filename="benefit.eml"'])],
                 bnd(ctx))
    subj = "Fwd: " + str(m["Subject"])
    s = _msg(ctx, (USER["name"], USER["addr"]), subj, root, subj_how="raw" if subj.isascii() else "b",
             family="the user's own forward")
    s.market = orig.market
    return s
