"""Ordinary mail that is not from Amazon: some of it talks about credits, gift cards and
expiry dates; some lines start with "From " (mboxrd escaping)."""
from .common import Msg, USER_ADDR
from .dates import d, uk_long, us_long
from .mime import Binary, Multi, Text


def build():
    friend = ("Marisol Vega", "marisol.vega@example.org")
    return [
        Msg("nz-bank", "2025-05-05 06:00:00", ("Northwind Bank", "alerts@northwind-bank.example"),
            "Statement credit posted",
            Text("A statement credit of $25.00 for your Amazon purchase offer posted to your card ending "
                 "4417 on %s. Offer expired %s.\n" % (us_long(d("2025-05-04")), us_long(d("2025-04-30")))),
            tz=-420, note="a card issuer's credit: not an Amazon credit"),
        Msg("nz-airline", "2025-08-19 14:00:00", ("SkyLark Air", "no-reply@skylark-air.example"),
            "Your travel credit",
            Text("Your $150.00 travel credit (confirmation QX7P2M) is valid for travel booked by %s.\n"
                 % us_long(d("2026-08-19")), cte="7bit"),
            tz=-420),
        Msg("nz-friend-gc", "2025-03-15 12:30:00", friend, "sent you something :)",
            Text("Hey Priya!\n\nI just sent you an Amazon gift card, $25, should be in your inbox. "
                 "For the book club!\n\nFrom one bookworm to another,\nMarisol\n", cte="8bit"),
            tz=-420, labels="Inbox,Important,Opened", note="the friend's note is not Amazon's grant; "
                                                           "line starting 'From ' is mboxrd-escaped"),
        Msg("nz-newsletter", "2025-09-26 07:00:00", ("Paper Lantern Books", "news@paperlantern.example"),
            "This week: 3 for 2 and a $5 store credit",
            Multi("alternative", [
                Text("Spend $40 in store this weekend and get a $5 store credit, valid until %s.\n"
                     % us_long(d("2025-10-31"))),
                Text("<p>Spend $40 in store this weekend and get a <b>$5 store credit</b>, valid until "
                     "%s.</p>" % us_long(d("2025-10-31")), "html")], "plb-news-39"),
            tz=-420, labels="Category Promotions"),
        Msg("nz-utility", "2026-01-09 09:00:00", ("City Power & Light", "billing@citypower.example"),
            "Your January bill",
            Multi("mixed", [
                Text("Your bill is attached. Amount due: $83.17 by %s. An account credit of $12.00 was "
                     "applied.\n" % us_long(d("2026-01-29"))),
                Binary("application/pdf", b"%PDF-1.4\n% synthetic\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n", "bill-2026-01.pdf")],
                "cpl-mixed-0109"),
            tz=-480),
        Msg("nz-colleague", "2025-11-12 16:00:00", ("Oskar Brandt", "oskar.brandt@work.example"),
            "Re: notes from Tuesday",
            Text("Hi Priya,\n\nAttached are my notes. One thing I found odd:\n\n>From the client's "
                 "side the deadline is 12/11, i.e. 12 November.\n\nFrom what I understand they want "
                 "the draft by Friday.\n\nOskar\n", cte="7bit"),
            tz=60, labels="Inbox,Opened", note="'>From ' and 'From ' lines exercise mboxrd escaping"),
        Msg("nz-gplay", "2025-10-02 11:00:00", ("Google Play", "googleplay-noreply@google.example"),
            "You've got a $5.00 Play credit",
            Text("Enjoy a $5.00 Google Play credit on us. It expires %s.\n" % us_long(d("2025-12-31"))),
            tz=-420, note="a credit, but not Amazon's"),
        Msg("nz-uk-council", "2025-06-11 08:00:00", ("Brightwater Council", "council-tax@brightwater.example"),
            "Council tax credit on your account",
            Text("We have applied a credit of £42.00 to your council tax account. Your next instalment "
                 "on %s will be reduced.\n" % uk_long(d("2025-07-01")), charset="iso-8859-1", cte="8bit"),
            tz=60),
        Msg("nz-kobo", "2026-02-16 10:00:00", ("Rakuten Kobo", "noreply@kobo.example"),
            "Your $3 reward is ready",
            Text("You've earned a $3.00 Kobo Super Points reward. Use it by %s.\n" % us_long(d("2026-03-16")),
                 cte="base64"),
            tz=-480),
        Msg("nz-self", "2026-03-25 21:00:00", ("Priya Lindqvist", USER_ADDR), "shopping list",
            Text("- batteries\n- gift for Hannah (Amazon gift card? $30)\n- return the kettle\n", cte="7bit"),
            tz=60, labels="Sent,Opened", to="<%s>" % USER_ADDR),
        Msg("nz-receipt", "2025-07-28 08:15:00", ("Corner Cafe", "receipts@cornercafe.example"),
            "Your receipt",
            Text("Flat white $4.25\nCroissant $3.50\nTotal $7.75\nThank you!\n", cte="7bit"),
            tz=-420),
        Msg("nz-invite", "2025-10-15 11:00:00", ("Oskar Brandt", "oskar.brandt@work.example"),
            "Invitation: Budget review @ Thu 23 Oct 2025 10:00",
            Multi("alternative", [
                Text("Budget review\nThursday 23 October 2025, 10:00-11:00\nRoom 4.12\n", cte="7bit"),
                Text("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//work.example//cal//EN\nMETHOD:REQUEST\n"
                     "BEGIN:VEVENT\nUID:budget-20251023@work.example\nDTSTAMP:20251015T090000Z\n"
                     "DTSTART:20251023T080000Z\nDTEND:20251023T090000Z\nSUMMARY:Budget review\n"
                     "END:VEVENT\nEND:VCALENDAR\n", "calendar", cte="7bit", extra_params="; method=REQUEST")],
                "inv-20251023"),
            tz=60),
        Msg("nz-club", "2026-02-27 19:00:00", ("Book Club", "club@readers-circle.example"),
            "March pick + money matters",
            Text("Hi all,\n\nMarch pick: \"The Salt Road\" ($8.99 on Kindle).\n\nFrom next month "
                 "dues go up to $5.\nFrom the treasurer: we have $42.10 left, which expires nowhere.\n\n"
                 "See you on 03/05/2026 (that's March 5).\n", cte="8bit"),
            tz=-480, labels="Inbox"),
    ]
