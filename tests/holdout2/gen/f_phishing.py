"""Phishing: credit-shaped mail that is not from Amazon, whatever its From line claims."""
from .common import Msg, h, html_shell, received
from .dates import d, us_long
from .mime import Multi, Text


def _fail(domain, spf="fail", dmarc="fail", policy="REJECT"):
    return ("Authentication-Results",
            "mx.google.com;\n       dkim=fail (body hash did not verify) header.i=@%s header.s=a1;\n"
            "       spf=%s (google.com: domain of bounce@%s does not designate 185.220.101.%d as permitted "
            "sender) smtp.mailfrom=bounce@%s;\n       dmarc=%s (p=REJECT sp=REJECT dis=NONE) header.from=%s"
            % (domain, spf, domain, len(domain) * 3, domain, dmarc, domain))


def _lure(amount, exp, link, order=None):
    o = " for order %s" % order if order else ""
    return ("Dear Customer,\n\nThanks for choosing No-Rush Shipping%s. A %s reward has been added to "
            "your account and expires on %s.\n\nTo keep your reward, confirm your billing details "
            "within 24 hours:\n%s\n\nAmazon Rewards Team\n" % (o, amount, us_long(d(exp)), link))


def build():
    return [
        Msg("ph-display", "2025-06-18 03:12:00", ("Amazon.com", "rewards@prime-benefits-center.com"),
            "Benefit Confirmation for your Order",
            Text(_lure("$25.00", "2025-06-30", "http://prime-benefits-center.com/claim?id=88213",
                       "112-4471093-2281104")),
            tz=0, labels="Spam", note="display name Amazon.com, domain is not Amazon's"),
        Msg("ph-addr-name", "2025-09-04 02:00:00", ("no-reply@amazon.com", "notify@mailer-hub.net"),
            "Your $50.00 promotional credit is ready",
            Text(html_shell("<tr><td style='padding:0 20px'><p>Congratulations! A <b>$50.00</b> "
                            "promotional credit was applied to your account. It expires %s.</p><p>"
                            "<a href='http://mailer-hub.net/amzn/login'>Sign in to activate</a></p>"
                            "</td></tr>" % us_long(d("2025-09-14"))), "html", cte="base64"),
            tz=0, note="an Amazon address as display name only"),
        Msg("ph-amaz0n", "2025-11-21 04:40:00", ("Amazon", "no-reply@amaz0n-rewards.net"),
            "Benefit Confirmation for your Order",
            Text(_lure("$3.00", "2026-01-31", "https://amaz0n-rewards.net/verify")),
            tz=-300),
        Msg("ph-arnazon", "2026-02-09 01:00:00", ("Amazon.com", "shipment-tracking@arnazon.com"),
            "Amazon Day: your $2 digital credit",
            Text("Your Amazon Day delivery is complete. A $2.00 digital credit has been added to your "
                 "account. It expires on %s. Review it here: https://arnazon.com/credits\n"
                 % us_long(d("2026-04-09"))),
            tz=-480, note="'rn' for 'm'"),
        Msg("ph-subdomain", "2025-12-15 06:00:00", ("Amazon.com", "no-reply@amazon.com.account-review.info"),
            "Gift Card balance credited: $100.00",
            Text("We've credited $100.00 to your Amazon gift card balance. Verify your identity at "
                 "http://amazon.com.account-review.info/gc to unlock it.\n", cte="7bit"),
            tz=0, note="amazon.com is a subdomain of account-review.info"),
        Msg("ph-uk-subdomain", "2026-01-08 06:00:00", ("Amazon.co.uk", "rewards@amazon.co.uk.secure-login.co"),
            "Your £10.00 credit expires tomorrow",
            Text("Hello, a £10.00 promotional credit has been added to your account. Log in at "
                 "http://amazon.co.uk.secure-login.co before it expires.\n", cte="8bit"),
            tz=0),
        Msg("ph-spoof-us", "2025-10-14 05:05:00", ("Amazon.com", "no-reply@amazon.com"),
            "Benefit Confirmation for your Order",
            Text(_lure("$20.00", "2025-11-01", "http://bit.ly/3xAmzn", "113-9021184-6610573")),
            tz=0, pre=[received("mail.bulk-sender.example", "185.220.101.33", "Tue, 14 Oct 2025 05:05:01 +0000"),
                       _fail("amazon.com")], labels="Spam,Category Updates",
            note="spoofed From: Authentication-Results says dkim, spf and dmarc failed"),
        Msg("ph-spoof-de", "2026-03-20 05:05:00", ("Amazon.de", "no-reply@amazon.de"),
            "Ihre Gutschrift über 25,00 €",
            Text("Guten Tag,\n\nIhrem Konto wurde eine Gutschrift über 25,00 € hinzugefügt, gültig bis "
                 "31.03.2026. Bitte bestätigen Sie Ihre Zahlungsdaten: http://amazon-de.kundenservice.example/\n",
                 charset="windows-1252", cte="quoted-printable"),
            tz=60, pre=[_fail("amazon.de", spf="softfail", dmarc="fail", policy="NONE")],
            note="dmarc=fail for amazon.de"),
        Msg("ph-idn", "2025-08-08 08:08:00", ("Amazon.com", "no-reply@xn--amazn-uce.com"),
            "Your Kindle Reward is ready",
            Multi("alternative", [
                Text("We converted 300 Kindle Points into a $30.00 reward. Claim it before %s: "
                     "https://xn--amazn-uce.com/kindle\n" % us_long(d("2025-08-20"))),
                Text("<p>We converted 300 Kindle Points into a <b>$30.00</b> reward. Claim it before "
                     "%s.</p>" % us_long(d("2025-08-20")), "html")], "b_" + h("idn", 10)),
            tz=0, note="punycode for amaz<Greek omicron>n.com"),
    ]
