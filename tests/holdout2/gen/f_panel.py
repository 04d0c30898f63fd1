"""Amazon Shopper Panel: monthly receipt rewards, survey rewards (incl. UK pence), a donation."""
from .common import Msg, grant, html_shell
from .dates import d, de_num, uk_long, us_long
from .mime import Multi, Text

US = ("Amazon Shopper Panel", "no-reply@panel.amazon.com")
UK = ("Amazon Shopper Panel", "panel@amazon.co.uk")
DE = ("Amazon Shopper Panel", "panel@amazon.de")


def build():
    return [
        Msg("sp-us-month", "2025-05-03 16:00:00", US, "Your April reward is in",
            Text("Hi Priya,\n\nYou uploaded 10 eligible receipts in April. That's the monthly "
                 "maximum, so $10.00 has been added to your Amazon Balance.\n\nReceipts counted: "
                 "10 of 10\nNext upload window opens: May 1, 2025\n\nKeep forwarding receipts to "
                 "receipts@panel.amazon.com.\n"),
            [grant("shopper-panel", "10.00", "USD")], tz=-420),
        Msg("sp-us-survey", "2025-08-19 18:10:00", US, "Thanks for completing a survey",
            Text(html_shell("<tr><td style='padding:0 20px'><p>Thanks for sharing your opinion on "
                            "home coffee makers.</p><table><tr><td>Survey reward</td><td><b>$0.50</b>"
                            "</td></tr><tr><td>Credited to</td><td>Amazon Balance</td></tr></table>"
                            "<p class='sm'>Survey length: about 6 minutes. Rewards for this month so "
                            "far: $3.50 of $10.00.</p></td></tr>"), "html", cte="base64"),
            [grant("shopper-panel", "0.50", "USD")], tz=-420,
            note="the month-to-date total ($3.50) is not a new reward"),
        Msg("sp-us-month2", "2026-02-02 15:00:00", US, "Shopper Panel: January payout",
            Multi("alternative", [
                Text("January payout\n\nReceipts approved: 8\nSurveys completed: 2\nTotal reward: "
                     "$9.00 added to your Amazon Balance on %s.\n" % us_long(d("2026-02-02"))),
                Text("<p>January payout</p><ul><li>Receipts approved: 8</li><li>Surveys completed: 2"
                     "</li><li>Total reward: <b>$9.00</b> added to your Amazon Balance on %s.</li>"
                     "</ul>" % us_long(d("2026-02-02")), "html")], "sp-jan-2026"),
            [grant("shopper-panel", "9.00", "USD")], tz=-480),
        Msg("sp-uk-survey", "2025-09-12 10:00:00", UK, "You've earned 40p",
            Text("Hello Priya,\n\nThanks for completing our survey about grocery shopping. We've "
                 "added 40p to your Amazon balance.\n\nThis month you've earned £2.10 so far (the "
                 "limit is £5).\n"),
            [grant("shopper-panel", "0.40", "GBP")], tz=60),
        Msg("sp-uk-receipts", "2025-12-01 09:00:00", UK, "Your Shopper Panel reward for November",
            Text("Your November reward\n\n17 receipts approved at 10p each: £1.70\nAdded to your "
                 "Amazon balance on %s.\n" % uk_long(d("2025-12-01")), charset="iso-8859-1",
                 cte="quoted-printable"),
            [grant("shopper-panel", "1.70", "GBP")], tz=0, note="10p is the rate, £1.70 the reward"),
        Msg("sp-uk-cap", "2026-03-02 09:30:00", UK, "You hit the monthly maximum",
            Text("Well done - you reached this month's £5.00 maximum. £5.00 has been added to your "
                 "Amazon balance.\n", cte="8bit"),
            [grant("shopper-panel", "5.00", "GBP")], tz=0),
        Msg("sp-de", "2025-11-04 08:00:00", DE, "Ihre Prämie für Oktober",
            Text("Hallo Priya,\n\nvielen Dank für Ihre Teilnahme am Amazon Shopper Panel im "
                 "Oktober. Wir haben Ihrem Amazon-Guthaben 5,00 € gutgeschrieben (Gutschrift vom "
                 "%s).\n" % de_num(d("2025-11-04")), charset="iso-8859-15", cte="quoted-printable"),
            [grant("shopper-panel", "5.00", "EUR")], tz=60, subject_enc=("Q", "iso-8859-15")),
        Msg("sp-us-donation", "2025-07-02 16:00:00", US, "Your June reward was donated",
            Text("Hi Priya,\n\nAs you chose in your settings, your June reward of $10.00 went to "
                 "Feeding Tomorrow Foundation instead of your Amazon Balance. Thank you for "
                 "giving.\n\nDonation date: July 1, 2025\n"),
            tz=-420, note="donated to charity: no credit for the user"),
        Msg("sp-us-pending", "2025-10-20 16:00:00", US, "3 more receipts to your $10",
            Text("You've had 7 receipts approved this month. Upload 3 more eligible receipts by "
                 "October 31, 2025 to earn your $10.00 reward.\n", cte="7bit"),
            tz=-420, labels="Inbox,Category Promotions", note="an offer to earn, not a reward"),
    ]
