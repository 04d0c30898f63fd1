"""Trade-In: accepted, accepted at a revised value, rejected; a device-discount add-on."""
from .common import Msg, amz, grant, html_shell
from .dates import d, de_long, uk_long, us_abbr, us_long
from .mime import Multi, Text

TI = ("Amazon Trade-In", "trade-in@amazon.com")


def build():
    return [
        Msg("ti-accepted", "2025-05-22 11:00:00", TI, "Trade-in accepted: Kindle Paperwhite (10th gen)",
            Text("Hello Priya,\n\nWe received and checked your trade-in TI-4418093. Everything "
                 "matched your description.\n\n  Item: Kindle Paperwhite (10th gen)\n  Trade-in "
                 "value: $27.50\n  Received: %s\n\nThe $27.50 has been added to your Amazon gift card "
                 "balance. Gift card balances do not expire.\n" % us_abbr(d("2025-05-20"))),
            [grant("trade-in", "27.50", "USD")], tz=-420),
        Msg("ti-revised", "2025-09-15 14:30:00", TI, "Your trade-in value was updated",
            Text(html_shell(
                "<tr><td style='padding:0 20px'><p>We've finished inspecting your Echo Dot (4th gen)"
                " (trade-in TI-7720154).</p><table cellpadding='6' border='1' style='border-collapse:"
                "collapse'><tr><td>Original quote</td><td><s>$18.00</s></td></tr><tr><td>Condition "
                "found</td><td>Fair (scratches on the top)</td></tr><tr><td>Revised value</td><td>"
                "<b>$11.25</b></td></tr></table><p>Because you accepted revised offers at checkout, "
                "we have credited <b>$11.25</b> to your gift card balance.</p></td></tr>"),
                "html", cte="quoted-printable"),
            [grant("trade-in", "11.25", "USD")], tz=-420, note="the original quote $18.00 is not paid"),
        Msg("ti-rejected", "2025-11-11 09:45:00", TI, "Update on your trade-in TI-8035512",
            Text("Hello Priya,\n\nUnfortunately the Fire TV Stick 4K you sent (trade-in TI-8035512, "
                 "quoted at $14.00) could not be accepted: the device was still registered to an "
                 "account. We'll ship it back to you free of charge within 5 business days.\n\nNo "
                 "gift card balance has been added.\n"),
            tz=-480),
        Msg("ti-device-promo", "2026-01-27 10:00:00", TI, "Trade-in complete + 25% off a new Kindle",
            Multi("alternative", [
                Text("Your trade-in is complete.\n\nKindle Oasis (9th gen): $42.00 credited to your "
                     "Amazon gift card balance on %s.\n\nBonus: as a trade-in customer you also get "
                     "25%% off a new Kindle. The discount appears automatically at checkout until "
                     "%s.\n" % (us_long(d("2026-01-27")), us_long(d("2026-02-26")))),
                Text("<p>Your trade-in is complete.</p><p>Kindle Oasis (9th gen): <b>$42.00</b> "
                     "credited to your Amazon gift card balance on %s.</p><p>Bonus: as a trade-in "
                     "customer you also get 25%% off a new Kindle. The discount appears automatically"
                     " at checkout until %s.</p>" % (us_long(d("2026-01-27")), us_long(d("2026-02-26"))),
                     "html")], "ti-promo-b"),
            [grant("trade-in", "42.00", "USD")], tz=-480,
            note="the 25% device discount is applied at checkout: no credit, no code"),
        Msg("ti-uk", "2025-08-06 13:00:00", ("Amazon Trade-In", "trade-in@amazon.co.uk"),
            "Your trade-in has been accepted",
            Text("Hello Priya,\n\nGood news - your Fire HD 10 tablet has passed inspection. We've "
                 "added £36.50 to your Amazon Gift Card balance.\n\nDate processed: %s\n"
                 % uk_long(d("2025-08-06")), cte="base64"),
            [grant("trade-in", "36.50", "GBP")], tz=60),
        Msg("ti-de", "2025-10-14 10:00:00", ("Amazon Trade-In", "trade-in@amazon.de"),
            "Ihr Trade-In wurde angenommen",
            Text("Guten Tag,\n\nIhr eingesandtes Gerät (Echo Show 5, 2. Generation) wurde geprüft. "
                 "Der Ankaufswert von 22,50 € wurde Ihrem Geschenkgutschein-Konto gutgeschrieben.\n"
                 "\nEingang des Geräts: %s\n" % de_long(d("2025-10-10")), charset="iso-8859-15",
                 cte="8bit"),
            [grant("trade-in", "22.50", "EUR")], tz=120),
        Msg("ti-received", "2025-05-19 08:00:00", TI, "We received your trade-in",
            Text("Your trade-in TI-4418093 (Kindle Paperwhite, quoted $27.50) arrived at our "
                 "facility. We'll inspect it within 2 business days and e-mail you the result.\n",
                 cte="7bit"),
            tz=-420, note="received, not yet paid"),
    ]
