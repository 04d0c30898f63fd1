"""Trust and duplicates: phishing (display-name tricks, look-alike and punycode
domains, spoofed amazon.com with failed DKIM/SPF/DMARC, a forged 'pass' under a real
'fail'), Amazon Coins notices, Audible credits (out of scope), the user's own
forwards and replies of credit mail, a friend's forward, and a message delivered
twice with different transport headers (same Message-ID: counted once).

The credit mails that the forwards and the second delivery copy are written here
too, as ordinary grants, so that the mailbox really holds both."""

import copy

import mime
from kit import (BST, EST, FIRST, GMT, PDT, PST, USER, USER_ADDR, Msg, alternative, amazon, at,
                 auth_fail, auth_pass, day, fmt_date, grant, html_leaf, mid_at, mid_ses,
                 order_id, received_generic, rng, shell_classic, shell_modern, split_price,
                 text_leaf, transport)

R = rng("negatives")
PUNY = "amaz\u03bfn.com".encode("idna").decode("ascii")  # Greek omicron


def bad(note, market, sender, subject, when, body, msgid_domain, auth=None, **kw):
    kw.setdefault("labels", "Inbox")
    return Msg("negatives", note, market, sender, subject, when, body, negative=True,
               msgid=mid_at(R, msgid_domain, R.randrange(3)), auth=auth, **kw)


def nr_text(o, amount, exp_text, extra=""):
    return ("Hello %s,\n\nThanks for choosing FREE No-Rush Shipping for order %s. A %s digital"
            " reward\nhas been added to your account for select eBooks, music, videos and apps."
            "\nIt expires on %s.\n%s") % (FIRST, o, amount, exp_text, extra)


def phishing():
    out = []
    o = order_id(R, "US")
    out.append(bad("display name 'Amazon' on a non-Amazon domain", "US",
                   '"Amazon" <rewards@prime-benefits-center.com>',
                   "Benefit Confirmation for your Order", at(2026, 3, 4, 2, 11, 0, GMT),
                   text_leaf(nr_text(o, "$1.00", "March 30, 2026")), "prime-benefits-center.com"))

    inner = ("<p>Dear Customer,</p><p>Your account has a pending <b>$25.00</b> promotional"
             " credit that expires on <b>April 2, 2026</b>.</p><p><a href=\"http://amaz0n-"
             "rewards.net/claim?u=8812\">Claim your credit</a> within 48 hours to keep it.</p>")
    out.append(bad("look-alike domain amaz0n-rewards.net, HTML", "US",
                   '"Amazon.com" <no-reply@amaz0n-rewards.net>',
                   ("B", "Your $25.00 promotional credit is waiting", "utf-8"),
                   at(2026, 3, 28, 4, 0, 0, GMT),
                   html_leaf(shell_classic("Amazon.com", inner)), "amaz0n-rewards.net"))

    text = ("Amazon Security Notice\n\nWe placed a $50.00 gift card credit on hold because we"
            " could not verify\nyour account. Confirm your billing details at\nhttps://amazon-"
            "security.com/verify to release the credit.\n")
    out.append(bad("look-alike domain amazon-security.com", "US",
                   '"Amazon Security" <alert@amazon-security.com>',
                   "Action required: your credit is on hold", at(2026, 4, 6, 3, 0, 0, GMT),
                   text_leaf(text), "amazon-security.com", labels="Spam"))

    out.append(bad("amazon.com only in the display name", "US",
                   '"no-reply@amazon.com" <notice@mailer-svc.example.net>',
                   "Benefit Confirmation for your Order", at(2026, 4, 22, 1, 0, 0, GMT),
                   text_leaf(nr_text(order_id(R, "US"), "$2.00", "July 1, 2026")),
                   "mailer-svc.example.net"))

    out.append(bad("subdomain trick amazon.com.account-verify.net", "US",
                   '"Amazon.com" <rewards@amazon.com.account-verify.net>',
                   "You earned a $3.00 reward", at(2026, 5, 8, 1, 0, 0, GMT),
                   text_leaf(nr_text(order_id(R, "US"), "$3.00", "Aug 8, 2026",
                                     "\nConfirm your reward: http://amazon.com.account-verify.net/r"
                                     "\n")),
                   "amazon.com.account-verify.net"))

    out.append(bad("punycode homoglyph domain %s (amaz\u03bfn.com with a Greek omicron)" % PUNY,
                   "US", '"Amazon.com" <no-reply@%s>' % PUNY,
                   "Benefit Confirmation for your Order", at(2026, 6, 9, 1, 0, 0, GMT),
                   text_leaf(nr_text(order_id(R, "US"), "$1.00", "September 9, 2026")), PUNY))

    out.append(bad("'amazon.com' as the local part of a foreign address", "US",
                   '"Amazon" <amazon.com@rewards-center.example>',
                   "Your Amazon Day credit is here", at(2026, 6, 30, 1, 0, 0, GMT),
                   text_leaf(nr_text(order_id(R, "US"), "$2.00", "October 1, 2026")),
                   "rewards-center.example"))

    o = order_id(R, "US")
    m = bad("spoofed amazon.com: Authentication-Results dkim=fail spf=fail dmarc=fail; body is"
            " a perfect grant", "US", amazon("amazon.com"), "Benefit Confirmation for your Order",
            at(2026, 7, 15, 3, 0, 0, GMT),
            text_leaf(nr_text(o, "$3.00", "November 15, 2026"), cte="base64"), "amazon.com",
            auth=[auth_fail("amazon.com", R)])
    out.append(m)

    o = order_id(R, "UK")
    text = ("Hello %s,\n\nYour order %s has been despatched. As you chose No-Rush Delivery we've"
            " added a\n\u00a31.00 reward to your account, valid until 31 October 2026.\n") % (FIRST, o)
    out.append(bad("spoofed amazon.co.uk: only dmarc=fail (dkim=none, spf=softfail)", "UK",
                   amazon("amazon.co.uk"), ("Q", "Benefit Confirmation for your Order", "utf-8"),
                   at(2026, 7, 20, 3, 0, 0, GMT), text_leaf(text, charset="iso-8859-1"),
                   "amazon.co.uk",
                   auth=[auth_fail("amazon.co.uk", R, which=("dmarc",))]))

    o = order_id(R, "US")
    forged = auth_pass("amazon.com", R)
    m = bad("spoofed amazon.com: real Authentication-Results on top says fail; a forged 'pass'"
            " one sits below it", "US", amazon("amazon.com"), "Benefit Confirmation for your Order",
            at(2026, 8, 2, 3, 0, 0, GMT), text_leaf(nr_text(o, "$2.00", "December 2, 2026")),
            "amazon.com", auth=[auth_fail("amazon.com", R), forged])
    out.append(m)
    return out


def coins_audible():
    out = []

    def amz(note, subject, when, body, k):
        t = transport(R, "amazon.com", when, k)
        return Msg("negatives", note, "US", amazon("amazon.com", "appstore-noreply",
                                                   "Amazon Appstore"),
                   subject, when, body, negative=True, labels="Inbox,Category Updates", **t)

    text = ("Hello %s,\n\nWe're writing to let you know that Amazon Coins will be discontinued on"
            " August 20, 2025.\nCoins can no longer be purchased. You can keep using your"
            " balance of 1,250 Coins\n($12.50) until then; any Coins left after August 20, 2025"
            " will be refunded to\nyour payment method.\n") % FIRST
    out.append(amz("Amazon Coins discontinuation notice (negative)",
                   "Important changes to Amazon Coins", at(2025, 2, 20, 15, 0, 0, PST),
                   text_leaf(text), 0))

    inner = ("<p>Hello %s,</p><p>As announced, the Amazon Coins program ended on August 20,"
             " 2025. We've refunded <b>$7.40</b> for your 740 unused Coins to your Visa ending"
             " in 4417. Refunds can take up to 5 business days to appear.</p>") % FIRST
    out.append(amz("Amazon Coins refunded to the card (negative)", "Your Amazon Coins refund",
                   at(2025, 8, 27, 15, 0, 0, PDT),
                   html_leaf(shell_classic("Amazon Coins", inner)), 1))

    def aud(note, local, subject, when, body):
        return Msg("negatives", note, "US", '"Audible" <%s@audible.com>' % local, subject, when,
                   body, negative=True, msgid=mid_at(R, "audible.com"),
                   auth=[auth_pass("audible.com", R)], labels="Inbox,Category Updates")

    text = ("Hi %s,\n\nYou have 2 credits available. 1 credit expires on %s.\nEach credit is"
            " good for any audiobook, regardless of price.\n") % (
        FIRST, fmt_date(day(2026, 6, 30), "us_long"))
    out.append(aud("Audible monthly credit summary (out of scope, negative)", "donotreply",
                   "Your Monthly Audible Credit Summary", at(2026, 6, 1, 6, 0, 0, PDT),
                   text_leaf(text)))
    text = ("Hi %s,\n\nYou've got 3 credits and 1 credit is expiring soon (on %s). Don't miss"
            " out!\n") % (FIRST, fmt_date(day(2026, 9, 1), "us_long"))
    out.append(aud("Audible credits expiring soon (out of scope, negative)", "do-not-reply",
                   "Important Note About Your Membership - Credits Expiring Soon!",
                   at(2026, 8, 18, 6, 0, 0, PDT), text_leaf(text)))
    text = ("Congratulations! A $5.00 Audible promotional credit has been added to your Audible"
            " account.\nIt expires on %s.\n") % fmt_date(day(2026, 12, 31), "us_long")
    out.append(aud("Audible $5 promotional credit: Audible, not Amazon (out of scope, negative)",
                   "donotreply", "A $5.00 credit from Audible", at(2026, 10, 2, 6, 0, 0, PDT),
                   text_leaf(text)))
    return out


def forwards_and_copies():
    out = []

    # 1. An ordinary grant, then the user's own inline forward of it.
    o = order_id(R, "US")
    exp = day(2026, 8, 20)
    when = at(2026, 5, 18, 19, 3, 0, PDT)
    t = transport(R, "amazon.com", when, 0)
    text = nr_text(o, "$2.00", fmt_date(exp, "us_long"), "\nAmazon.com\n")
    orig = Msg("negatives", "grant that the user forwards to themselves (next message)", "US",
               amazon("amazon.com"), "Benefit Confirmation for your Order", when, text_leaf(text),
               events=[grant("no-rush", "2.00", "USD", exp, o)], labels="Inbox,Opened", **t)
    out.append(orig)
    quoted = ("keeping this one for later\n\n---------- Forwarded message ---------\nFrom:"
              " Amazon.com <no-reply@amazon.com>\nDate: %s\nSubject: Benefit Confirmation for"
              " your Order\nTo: <%s>\n\n%s") % ("Mon, May 18, 2026 at 7:03 PM", USER_ADDR, text)
    html = ("<div dir=\"ltr\">keeping this one for later<br><br><div class=\"gmail_quote\">"
            "---------- Forwarded message ---------<br>From: <b>Amazon.com</b> &lt;no-reply@"
            "amazon.com&gt;<br>Date: Mon, May 18, 2026 at 7:03 PM<br>Subject: Benefit"
            " Confirmation for your Order<br>To: &lt;%s&gt;<br><br><blockquote>%s</blockquote>"
            "</div></div>") % (USER_ADDR, text.replace("\n", "<br>\n"))
    out.append(Msg("negatives", "the user's own inline forward of the grant above (Fwd:, from the"
                   " user): adds nothing", "US", USER, "Fwd: Benefit Confirmation for your Order",
                   at(2026, 5, 18, 19, 20, 0, PDT), alternative(quoted, html), negative=True,
                   msgid=mid_at(R, "mail.gmail.example"), to=USER, labels="Inbox,Sent"))

    # 2. A promotional credit, then the user's forward of it as an attachment.
    exp = day(2026, 12, 31)
    when = at(2026, 9, 21, 10, 0, 0, PDT)
    t = transport(R, "amazon.com", when, 1)
    text = ("Hi %s,\n\nThanks for trying Amazon Music Unlimited. We've added a $6.00 promotional"
            " credit\nfor digital music to your account. It expires on %s.\n") % (
        FIRST, fmt_date(exp, "us_long"))
    orig2 = Msg("negatives", "grant that the user forwards as an attachment (next message)", "US",
                amazon("amazon.com", "no-reply", "Amazon Music"), "Your Amazon Music credit",
                when, text_leaf(text), events=[grant("promotional", "6.00", "USD", exp)],
                labels="Inbox,Opened", **t)
    out.append(orig2)
    body = mime.Multi("mixed", text_leaf("Forwarding for my records.\n", cte="7bit"),
                      mime.Rfc822(orig2.render, "Your Amazon Music credit.eml"))
    out.append(Msg("negatives", "the user's forward as a message/rfc822 attachment (carries the"
                   " original Message-ID inside): adds nothing", "US", USER,
                   "Fwd: Your Amazon Music credit", at(2026, 9, 21, 12, 0, 0, PDT), body,
                   negative=True, msgid=mid_at(R, "mail.gmail.example"), to=USER,
                   labels="Sent"))

    # 3. The user's reply to a customer-service courtesy credit, quoting it.
    text = ("Thanks, that's very kind!\n\nDana\n\nOn Tue, Oct 6, 2026 at 4:12 PM Amazon.com"
            " Customer Service <cs-reply@amazon.com> wrote:\n> Hello Dana,\n>\n> I'm sorry"
            " about the delay. As a courtesy, I've issued a $10.00 promotional\n> credit to your"
            " account.\n")
    out.append(Msg("negatives", "the user's reply quoting a courtesy-credit mail (Re:, sent by the"
                   " user)", "US", USER, "Re: Your Amazon.com Inquiry",
                   at(2026, 10, 6, 16, 30, 0, PDT), text_leaf(text, cte="7bit"), negative=True,
                   msgid=mid_at(R, "mail.gmail.example"), to="Amazon.com Customer Service"
                   " <cs-reply@amazon.com>", labels="Sent"))

    # 4. A friend forwards their own gift card mail.
    text = ("look what my aunt sent me!\n\n---------- Forwarded message ---------\nFrom:"
            " Amazon.com <gc-orders@gc.email.amazon.com>\nSubject: Ruth sent you a Gift Card for"
            " $100.00\n\nRuth sent you a $100.00 Amazon.com Gift Card!\nClaim code: (removed)\n")
    out.append(Msg("negatives", "a friend's forward of their own gift card", "US",
                   "Jamie Ortiz <jamie.ortiz@example.net>",
                   "Fwd: Ruth sent you a Gift Card for $100.00", at(2026, 11, 2, 20, 0, 0, EST),
                   text_leaf(text), negative=True, msgid=mid_at(R, "example.net"),
                   labels="Inbox,Category Personal"))

    # 5. The same Trade-In mail delivered twice (to an alias and to the main address).
    when = at(2026, 10, 12, 9, 0, 0, PDT)
    t = transport(R, "amazon.com", when, 0)
    text = ("Hello %s,\n\nYour Fire TV Cube trade-in was accepted. We've added $48.00 to your"
            " Amazon gift card\nbalance.\n") % FIRST
    first = Msg("negatives", "Trade-In grant, delivered twice (see next copy)", "US",
                amazon("amazon.com", "tradein-noreply", "Amazon Trade-In"),
                "Your trade-in has been accepted", when, text_leaf(text),
                events=[grant("trade-in", "48.00", "USD")], labels="Inbox,Opened",
                headers=[("Delivered-To", USER_ADDR)], **t)
    out.append(first)
    second = copy.copy(first)
    second.events = []
    second.dup_of = first
    second.note = ("second delivery of the Trade-In mail (same Message-ID, other Delivered-To"
                   " and Received): counted once")
    second.headers = [("Delivered-To", "dana+alias@example.org")]
    second.received = [received_generic(R, "mail-relay.example.org", when)] + list(
        first.received or [])
    second.labels = "Archived"
    out.append(second)
    return out


def messages():
    return phishing() + coins_audible() + forwards_and_copies()
