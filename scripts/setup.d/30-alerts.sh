# Sourced by scripts/test. The alert tests need:
#   - Python 3 with `icalendar` (an independent parser for the ICS we write)
#     and `aiosmtpd` (a real SMTP server our SMTP client talks to);
#   - two aiosmtpd servers on loopback: plain, and STARTTLS with a private CA,
#     each delivering into its own Maildir that the tests read back.
# Exports UNSPENT_TEST_SMTP, UNSPENT_TEST_SMTP_MAILDIR, UNSPENT_TEST_SMTP_TLS,
# UNSPENT_TEST_SMTP_TLS_MAILDIR and UNSPENT_TEST_SMTP_CA.

alerts_python=${PYTHON:-python3}
if ! command -v "$alerts_python" >/dev/null 2>&1; then
    if command -v apt-get >/dev/null 2>&1; then
        apt-get update -qq && apt-get install -y -qq python3 python3-pip >/dev/null
    fi
fi
if ! "$alerts_python" -c 'import icalendar, aiosmtpd' >/dev/null 2>&1; then
    "$alerts_python" -m pip install --quiet icalendar aiosmtpd \
        || "$alerts_python" -m pip install --quiet --break-system-packages icalendar aiosmtpd
fi
"$alerts_python" -c 'import icalendar, aiosmtpd' \
    || { echo "setup 30-alerts: python3 with icalendar and aiosmtpd is required" >&2; return 1; }
export UNSPENT_TEST_PYTHON="$(command -v "$alerts_python")"

alerts_dir=$(mktemp -d "${TMPDIR:-/tmp}/unspent-alerts.XXXXXX")
on_exit "rm -rf '$alerts_dir'"

# A private CA and a certificate for 127.0.0.1 signed by it (rustls refuses a CA as the server's own certificate).
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=unspent test CA" \
    -keyout "$alerts_dir/ca.key" -out "$alerts_dir/ca.pem" >/dev/null 2>&1
openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" \
    -keyout "$alerts_dir/server.key" -out "$alerts_dir/server.csr" >/dev/null 2>&1
printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' \
    > "$alerts_dir/server.ext"
openssl x509 -req -in "$alerts_dir/server.csr" -CA "$alerts_dir/ca.pem" -CAkey "$alerts_dir/ca.key" \
    -CAcreateserial -days 2 -extfile "$alerts_dir/server.ext" -out "$alerts_dir/server.pem" >/dev/null 2>&1

alerts_free_port() {
    "$alerts_python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

alerts_wait_for_port() {
    "$alerts_python" - "$1" <<'PY'
import socket, sys, time
port = int(sys.argv[1])
deadline = time.time() + 20
while time.time() < deadline:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
        sys.exit(0)
    except OSError:
        time.sleep(0.1)
sys.exit(1)
PY
}

# Starts aiosmtpd in this shell (not a subshell, so its cleanup is registered); sets alerts_port.
alerts_start_smtp() { # name, extra aiosmtpd flags...
    local name=$1
    shift
    local port
    port=$(alerts_free_port)
    mkdir -p "$alerts_dir/$name/tmp" "$alerts_dir/$name/new" "$alerts_dir/$name/cur"
    "$alerts_python" -m aiosmtpd -n -l "127.0.0.1:$port" "$@" \
        -c aiosmtpd.handlers.Mailbox "$alerts_dir/$name" >"$alerts_dir/$name.log" 2>&1 &
    local pid=$!
    on_exit "kill $pid"
    alerts_wait_for_port "$port" \
        || { echo "setup 30-alerts: aiosmtpd ($name) did not start:" >&2; cat "$alerts_dir/$name.log" >&2; return 1; }
    alerts_port=$port
}

alerts_start_smtp plain
alerts_plain_port=$alerts_port
alerts_start_smtp tls --tlscert "$alerts_dir/server.pem" --tlskey "$alerts_dir/server.key"
alerts_tls_port=$alerts_port
export UNSPENT_TEST_SMTP="127.0.0.1:$alerts_plain_port"
export UNSPENT_TEST_SMTP_MAILDIR="$alerts_dir/plain"
export UNSPENT_TEST_SMTP_TLS="127.0.0.1:$alerts_tls_port"
export UNSPENT_TEST_SMTP_TLS_MAILDIR="$alerts_dir/tls"
export UNSPENT_TEST_SMTP_CA="$alerts_dir/ca.pem"
echo "setup 30-alerts: SMTP on $UNSPENT_TEST_SMTP, STARTTLS on $UNSPENT_TEST_SMTP_TLS" >&2
