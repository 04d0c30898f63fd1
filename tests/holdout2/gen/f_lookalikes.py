"""Mail from Amazon (or next to it) that talks about credits, coins or balances but grants
nothing the tool tracks: Coins' end, Audible, AWS, Prime Video Channels, membership, DSAR."""
from .common import Msg, html_shell
from .dates import d, us_abbr, us_long, us_num
from .mime import Multi, Text

AWS = ("Amazon Web Services", "no-reply-aws@amazon.com")


def build():
    return [
        Msg("lk-coins-end", "2025-02-20 17:00:00", ("Amazon Appstore", "appstore-no-reply@amazon.com"),
            "Important changes to Amazon Coins",
            Text("Hello,\n\nStarting today you can no longer buy Amazon Coins. On %s the Amazon Coins "
                 "program will end. Any Coins left in your account on that date (you have 1,250 Coins, "
                 "worth $12.50) will be refunded to your original payment method.\n\nPromotional Coins "
                 "are not refunded.\n" % us_long(d("2025-08-20"))),
            tz=-480),
        Msg("lk-coins-refund", "2025-08-27 17:00:00", ("Amazon Appstore", "appstore-no-reply@amazon.com"),
            "Your Amazon Coins refund",
            Text("We've refunded $12.50 for 1,250 unused Amazon Coins to your Visa ending in 4417 on "
                 "%s. Refunds can take 3-5 business days to appear.\n" % us_abbr(d("2025-08-27")),
                 cte="7bit"),
            tz=-420, note="refund to a card: no Amazon credit"),
        Msg("lk-audible-summary", "2025-06-01 06:00:00", ("Audible", "donotreply@audible.com"),
            "Your Monthly Audible Credit Summary",
            Text(html_shell("<tr><td style='padding:0 20px'><p>You have <b>3 credits</b> available."
                            "</p><p>1 credit expires on %s. Credits are good for any audiobook, "
                            "regardless of price (up to $35 value).</p></td></tr>" % us_long(d("2025-07-15"))),
                 "html", cte="quoted-printable"),
            tz=-420),
        Msg("lk-audible-expiring", "2025-12-10 06:00:00", ("Audible", "do-not-reply@audible.com"),
            "You\u2019ve got 2 credits and 1 credit is expiring soon!",
            Text("Use your credit before %s or it will expire. Your membership renews for $14.95 "
                 "on the 15th.\n" % us_num(d("2025-12-31"))),
            tz=-480, subject_enc=("B", "utf-8")),
        Msg("lk-aws-credit", "2025-09-30 23:00:00", AWS, "AWS Promotional Credit applied to your account",
            Text("Hello,\n\nA promotional credit of $300.00 USD has been applied to AWS account "
                 "4417-2210-9934.\n\nCredit name: AWS Activate Founders\nExpiration date: %s\n"
                 "Applicable services: all AWS services except AWS Marketplace\n\nAmazon Web "
                 "Services, Inc. is a subsidiary of Amazon.com, Inc.\n" % us_num(d("2026-09-30"))),
            tz=0, note="AWS credits are out of scope: not an Amazon retail credit"),
        Msg("lk-aws-bill", "2026-03-03 08:00:00", AWS, "Amazon Web Services Billing Statement Available",
            Text("Greetings from Amazon Web Services,\n\nYour bill for the period %s to %s is "
                 "available.\n\nTotal charges: $4.12\nCredits: -$4.12\nAmount due: $0.00\n"
                 % (us_long(d("2026-02-01")), us_long(d("2026-02-28"))), cte="7bit"),
            tz=0),
        Msg("lk-channels", "2025-07-12 03:00:00", ("Amazon.com", "digital-no-reply@amazon.com"),
            "Your Prime Video Channels subscription",
            Multi("alternative", [
                Text("Thanks for subscribing to a Prime Video Channel.\n\nChannel: Cinemood+\nPrice: "
                     "$5.99/month after your 7-day free trial\nFirst charge: %s\n" % us_long(d("2025-07-19"))),
                Text("<p>Thanks for subscribing to a Prime Video Channel.</p><p>Channel: Cinemood+"
                     "<br>Price: $5.99/month after your 7-day free trial<br>First charge: %s</p>"
                     % us_long(d("2025-07-19")), "html")], "pvc-2025"),
            tz=-420),
        Msg("lk-prime", "2026-01-15 05:00:00", ("Amazon.com", "digital-no-reply@amazon.com"),
            "Your Prime membership renews soon",
            Text("Your Prime membership will renew on %s for $139.00 plus tax.\n\nLast year you saved "
                 "$212.40 on delivery and earned $14.00 in No-Rush rewards.\n" % us_long(d("2026-01-22"))),
            tz=-480, note="a yearly recap of rewards, not a grant"),
        Msg("lk-dsar", "2025-04-03 12:00:00", ("Amazon.com", "dsar-request@amazon.com"),
            "Your Data Request",
            Text("Hello,\n\nThe data you requested is ready. Download \"Your Orders.zip\" from the link "
                 "below. For your security the link is valid for 90 days, until %s.\n\n"
                 "https://www.amazon.com/hz/privacy-central/data-requests/download\n" % us_long(d("2025-07-02")),
                 cte="7bit"),
            tz=-420),
    ]
