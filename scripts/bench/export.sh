#!/usr/bin/env bash
# Measures reading Amazon's data export, side by side with the stdlib-Python
# reader a user would write, in one run:
#   1. a large export (synthetic: ROWS shipment items in ~ROWS/2 orders, plus
#      ROWS/10 digital orders of which one in eight was paid with credit) as a zip;
#   2. a zip bomb (one entry of 1 GiB of zeros, ~1 MiB compressed);
#   3. a smaller bomb under the per-entry cap (256 MiB, caught by the ratio cap);
#   4. the big bomb lying about its size.
# Prints wall time and peak memory (max RSS) of each. Needs python3 and
# /usr/bin/time; builds the release binary.
#
#   scripts/bench/export.sh [ROWS]     (default 30000: a heavy buyer's twenty years)
set -euo pipefail
cd "$(dirname "$0")/../.."
rows="${1:-30000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cargo build --release -q -p unspent 2>/dev/null || cargo build --release -p unspent
bin="$PWD/target/release/unspent"

python3 - "$work" "$rows" <<'PY'
import csv, io, struct, sys, zipfile, zlib
work, rows = sys.argv[1], int(sys.argv[2])

def table(header, make, n):
    buf = io.StringIO()
    w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\n")
    w.writerow(header)
    for i in range(n):
        w.writerow(make(i))
    return "\ufeff" + buf.getvalue()

retail = ["Website","Order ID","Order Date","Purchase Order Number","Currency","Unit Price","Unit Price Tax",
          "Shipping Charge","Total Discounts","Total Owed","Shipment Item Subtotal","Shipment Item Subtotal Tax",
          "ASIN","Product Condition","Quantity","Payment Instrument Type","Order Status","Shipment Status",
          "Ship Date","Shipping Option","Shipping Address","Billing Address","Carrier Name & Tracking Number",
          "Product Name","Gift Message","Gift Sender Name","Gift Recipient Contact Details","Item Serial Number"]
options = ["next-1dc", "std-sns-us", "econ-placeholder", "second"]
def retail_row(i):
    n = i // 2  # two shipment items per order
    order = f"111-{n:07d}-{(n * 7919) % 10_000_000:07d}"
    day = f"20{10 + n % 16:02d}-{1 + n % 12:02d}-{1 + n % 28:02d}T12:{n % 60:02d}:00.000Z"
    return ["Amazon.com", order, day, "Not Available", "USD", f"{(i % 5000) / 100:.2f}", "0", "0",
            "'-0.68'" if i % 9 == 0 else "0", f"{(i % 5000) / 100:.2f}", f"{(i % 5000) / 100:.2f}", "0",
            f"B0{i:08d}", "New", "1", "Gift Certificate/Card and Visa - 0001" if n % 13 == 0 else "Visa - 0001",
            "Closed", "Shipped", day, options[n % 4], "Test Person 1 Example St Springfield 00000 US",
            "Test Person 1 Example St Springfield 00000 US", f"AMZN_US(TBA{i:012d})",
            f"Synthetic product number {i} with a long descriptive title", "Not Available", "Not Available",
            "Not Available", "Not Available"]
digital = ["ASIN","Base Currency Code","Component Type","Digital Order Item ID","Marketplace","Offer Type Code",
           "Order Date","Order ID","Order Status","Product Name","Transaction Amount"]
def digital_row(i):
    n = i // 4  # price and tax, charged and (one order in eight) paid back by a promotion
    order = f"D01-{n:07d}-0000000"
    comp = "Price Amount" if i % 2 == 0 else "Tax"
    promo = (i // 2) % 2 == 1
    if promo and n % 8 != 0:
        promo = False
    amount = f"{'-' if promo else ''}{(1 + n % 900) / (100 if comp == 'Price Amount' else 1000):.2f}"
    return [f"B0D{n:07d}", "USD", comp, f"ITEM{n:010d}", "Amazon.com", "Promotion" if promo else "Not Applicable",
            f"20{18 + n % 8:02d}-{1 + n % 12:02d}-{1 + n % 28:02d}T10:00:00Z", order, "Closed", f"Digital item {n}", amount]

with zipfile.ZipFile(f"{work}/Your Orders.zip", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("Your Amazon Orders/Order History.csv", table(retail, retail_row, rows))
    z.writestr("Your Amazon Orders/Digital Content Orders.csv", table(digital, digital_row, 4 * (rows // 10)))

# A bomb: 1 GiB of zeros in one entry, streamed so this script stays small.
with zipfile.ZipFile(f"{work}/bomb.zip", "w", zipfile.ZIP_DEFLATED) as z:
    with z.open("Your Amazon Orders/Order History.csv", "w", force_zip64=True) as f:
        chunk = bytes(1 << 20)
        for _ in range(1024):
            f.write(chunk)

# Under the per-entry cap (256 MiB) but 1000 times its compressed size: the ratio cap.
with zipfile.ZipFile(f"{work}/ratio.zip", "w", zipfile.ZIP_DEFLATED) as z:
    with z.open("Your Amazon Orders/Order History.csv", "w", force_zip64=True) as f:
        chunk = bytes(1 << 20)
        for _ in range(256):
            f.write(chunk)

# The 1 GiB bomb, declaring 1000 bytes in both headers.
data = bytearray(open(f"{work}/bomb.zip", "rb").read())
i = 0
while (i := data.find(b"PK\x01\x02", i)) >= 0:
    data[i + 24:i + 28] = struct.pack("<I", 1000); i += 4
i = 0
while (i := data.find(b"PK\x03\x04", i)) >= 0:
    data[i + 22:i + 26] = struct.pack("<I", 1000); i += 4
open(f"{work}/liar.zip", "wb").write(bytes(data))
PY

cat > "$work/naive.py" <<'PY'
# The stdlib reader a user would write: open the zip, read each CSV whole, sum Promotion rows.
import csv, io, sys, zipfile
total = 0
with zipfile.ZipFile(sys.argv[1]) as z:
    for name in z.namelist():
        if not name.endswith(".csv"):
            continue
        text = z.read(name).decode("utf-8-sig", "replace")
        for row in csv.DictReader(io.StringIO(text)):
            if row.get("Offer Type Code") == "Promotion":
                total += round(float(row["Transaction Amount"]) * 100)
print(f"promotion total {total / 100:.2f}")
PY

measure() { # label, command...
    local label="$1"; shift
    /usr/bin/time -o "$work/time" -f '%e %M' "$@" >/dev/null 2>"$work/err" || true
    local seconds kib outcome
    read -r seconds kib < <(tail -1 "$work/time")
    outcome=$(tail -1 "$work/err" | cut -c1-100)
    printf '%-34s %8ss %8s MiB   %s\n' "$label" "$seconds" "$((kib / 1024))" "${outcome:-ok}"
}
runs() { # label, zip
    rm -f "$work/u.db"*
    measure "unspent scan ($1)" env UNSPENT_DB="$work/u.db" UNSPENT_TODAY=2026-06-01 "$bin" -q scan "$work/$2"
    measure "python stdlib ($1)" python3 "$work/naive.py" "$work/$2"
}

printf 'export: %s shipment items in %s orders + %s digital orders, zip %s\n' "$rows" "$((rows / 2))" "$((rows / 10))" "$(du -h "$work/Your Orders.zip" | cut -f1)"
printf '%-34s %9s %12s   %s\n' "what" "time" "max RSS" "outcome"
runs "realistic export" "Your Orders.zip"
runs "1 GiB zip bomb" "bomb.zip"
runs "256 MiB bomb (ratio)" "ratio.zip"
runs "bomb lying about its size" "liar.zip"
