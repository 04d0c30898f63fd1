# shellcheck shell=bash
# A private Dovecot IMAP server on 127.0.0.1 for the IMAP scan tests
# (crates/cli/tests/it/imap.rs). Sourced by scripts/test, which defines `on_exit`.
#
# It runs from a throw-away directory with its own configuration (the system's
# /etc/dovecot is not used or changed), one test account whose mail is a fresh
# Maildir, and TLS with a certificate from a CA generated here. It exports:
#   UNSPENT_TEST_IMAP_HOST UNSPENT_TEST_IMAP_PORT UNSPENT_TEST_IMAP_USER
#   UNSPENT_TEST_IMAP_PASSWORD UNSPENT_TEST_IMAP_CA (the CA's PEM file)
#   UNSPENT_TEST_IMAP_STARTTLS_PORT (plain IMAP on 127.0.0.1 that offers STARTTLS)
# and fails loudly when the server cannot start.

if ! type on_exit >/dev/null 2>&1; then
    on_exit() { trap "$1" EXIT; }
fi

dovecot_setup() {
    local missing=()
    command -v dovecot >/dev/null 2>&1 || missing+=(dovecot-imapd)
    command -v openssl >/dev/null 2>&1 || missing+=(openssl)
    command -v python3 >/dev/null 2>&1 || missing+=(python3)
    if [ "${#missing[@]}" -gt 0 ]; then
        echo "installing ${missing[*]}" >&2
        apt-get update -qq >/dev/null
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
    # The Debian package may start the system instance; ours is separate and needs nothing from it.

    local dir port starttls_port password
    dir=$(mktemp -d "${TMPDIR:-/tmp}/unspent-dovecot.XXXXXX")
    chmod 755 "$dir"
    mkdir -p "$dir/run" "$dir/state" "$dir/home"
    password=$(python3 -c 'import secrets; print(secrets.token_urlsafe(18))')
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
    starttls_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')

    # A CA and a server certificate for 127.0.0.1 / localhost signed by it.
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=unspent test CA" \
        -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign" \
        -keyout "$dir/ca.key" -out "$dir/ca.pem" 2>/dev/null
    openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" \
        -keyout "$dir/server.key" -out "$dir/server.csr" 2>/dev/null
    printf 'basicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\nsubjectAltName=IP:127.0.0.1,DNS:localhost\n' >"$dir/server.ext"
    openssl x509 -req -in "$dir/server.csr" -CA "$dir/ca.pem" -CAkey "$dir/ca.key" -CAcreateserial \
        -days 2 -extfile "$dir/server.ext" -out "$dir/server.pem" 2>/dev/null
    chmod 600 "$dir/server.key" "$dir/ca.key"

    local user=unspent
    # Dovecot refuses to keep mail as root: the test mail belongs to nobody.
    local mail_uid mail_gid
    mail_uid=$(id -u nobody)
    mail_gid=$(id -g nobody)
    chown "$mail_uid:$mail_gid" "$dir/home"
    printf '%s:{PLAIN}%s\n' "$user" "$password" >"$dir/passwd"
    # read by the auth process, which runs as the dovecot user
    chgrp dovecot "$dir/passwd" 2>/dev/null || true
    chmod 640 "$dir/passwd"

    cat >"$dir/dovecot.conf" <<CONF
instance_name = unspent-test-$port
base_dir = $dir/run
state_dir = $dir/state
log_path = $dir/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = required
ssl_cert = <$dir/server.pem
ssl_key = <$dir/server.key
ssl_min_protocol = TLSv1.2
auth_mechanisms = plain login
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $dir/passwd
}
userdb {
  driver = static
  args = uid=$mail_uid gid=$mail_gid home=$dir/home/%u
}
mail_location = maildir:~/Maildir
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $starttls_port
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = $port
    ssl = yes
  }
}
service stats {
  unix_listener stats-reader {
    mode = 0600
  }
  unix_listener stats-writer {
    mode = 0600
  }
}
CONF

    if ! dovecot -c "$dir/dovecot.conf"; then
        echo "10-dovecot.sh: dovecot did not start; its log:" >&2
        cat "$dir/dovecot.log" >&2 || true
        return 1
    fi
    on_exit "dovecot -c '$dir/dovecot.conf' stop >/dev/null 2>&1; sleep 0.2; rm -rf '$dir'"

    local tries=0
    until python3 -c "import socket,sys; socket.create_connection(('127.0.0.1', $port), 1).close()" 2>/dev/null; do
        tries=$((tries + 1))
        if [ "$tries" -gt 50 ]; then
            echo "10-dovecot.sh: dovecot is not listening on 127.0.0.1:$port after 10 s; its log:" >&2
            cat "$dir/dovecot.log" >&2 || true
            return 1
        fi
        sleep 0.2
    done

    export UNSPENT_TEST_IMAP_HOST=127.0.0.1
    export UNSPENT_TEST_IMAP_PORT=$port
    export UNSPENT_TEST_IMAP_USER=$user
    export UNSPENT_TEST_IMAP_PASSWORD=$password
    export UNSPENT_TEST_IMAP_CA=$dir/ca.pem
    export UNSPENT_TEST_IMAP_STARTTLS_PORT=$starttls_port
    echo "dovecot: imaps://$user@127.0.0.1:$port (CA $dir/ca.pem)" >&2
}

dovecot_setup
