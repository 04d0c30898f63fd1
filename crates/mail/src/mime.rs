//! The adapter over mail-parser: the only module that knows it.
//!
//! It turns raw bytes into the few things the rest of the crate reads:
//! sender, subject, date, Message-ID, authentication results and the body
//! as plain text (text/plain preferred, else HTML rendered to text).
//! Transfer encodings, charsets (including ISO-2022-JP and Shift_JIS) and
//! encoded-word headers are mail-parser's job.

use std::borrow::Cow;

use mail_parser::decoders::base64::base64_decode;
use mail_parser::decoders::charsets::map::charset_decoder;
use mail_parser::decoders::quoted_printable::quoted_printable_decode;
use mail_parser::{Encoding, MessageParser, MessagePart, MimeHeaders, PartType};

use crate::html;

/// A sender as written: the display name is kept only to spot look-alikes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mailbox {
    pub name: Option<String>,
    pub address: String,
}

impl Mailbox {
    /// The part after the last `@`, lower case, without a trailing dot.
    pub fn domain(&self) -> Option<String> {
        let (_, domain) = self.address.rsplit_once('@')?;
        let domain = domain.trim().trim_end_matches('.').trim_end_matches('>').to_ascii_lowercase();
        (!domain.is_empty()).then_some(domain)
    }
}

/// What the rest of the crate needs from one message.
#[derive(Debug, Default)]
pub struct Mail {
    pub from: Option<Mailbox>,
    pub sender: Option<Mailbox>,
    pub return_path: Option<String>,
    pub subject: Option<String>,
    /// Seconds since the Unix epoch, UTC.
    pub date: Option<i64>,
    /// The Message-ID as written, in angle brackets.
    pub message_id: Option<String>,
    pub auth_results: Vec<String>,
    pub body: String,
    /// The HTML alternative, unrendered, when the body is the plain-text one:
    /// read only if the plain text yields nothing.
    pub html_alternative: Vec<String>,
    /// Some text could not be decoded (unknown charset, broken encoding).
    pub decoding_trouble: bool,
    /// A multipart section never closes: the message is truncated or damaged.
    pub structure_damaged: bool,
    /// The message has no header block at all.
    pub headerless: bool,
}

/// Reads a raw RFC 5322 message. `None` when nothing in it looks like a message.
pub fn read(raw: &[u8]) -> Option<Mail> {
    // mail-parser 0.11 has a `debug_assert!` that hostile input can reach
    // (a part id it cannot find, found by fuzzing): in a debug build that is
    // a panic. Treat it as a message that cannot be read, as release does.
    let parsed = std::panic::catch_unwind(|| MessageParser::default().parse(raw));
    let message = parsed.ok().flatten()?;
    let mut mail = Mail { headerless: !starts_with_header_field(raw), ..Mail::default() };
    mail.from = message.from().and_then(first_mailbox);
    mail.sender = message.sender().and_then(first_mailbox);
    mail.return_path = message.return_address().map(|a| a.trim().trim_matches(['<', '>']).to_string());
    mail.subject = message.subject().map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "));
    mail.date = message.date().filter(|d| d.is_valid()).map(|d| d.to_timestamp());
    mail.message_id = message.header_raw("Message-ID").and_then(normalise_message_id);
    mail.auth_results = message
        .headers_raw()
        .filter(|(name, _)| name.eq_ignore_ascii_case("Authentication-Results"))
        .map(|(_, value)| value.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect();

    let mut plain = String::new();
    let mut html_parts = Vec::new();
    // The HTML parts as mail-parser read them, to take each once (a lone
    // HTML part is both the text body and the HTML body).
    let mut html_seen = Vec::new();
    let mut text_seen = Vec::new();
    for part in message.text_bodies().chain(message.html_bodies()) {
        mail.decoding_trouble |= part.is_encoding_problem;
        match &part.body {
            PartType::Text(text) if !text_seen.contains(&text) => {
                text_seen.push(text);
                match read_again(raw, part, text, false) {
                    Some(again) => plain.push_str(&again),
                    None if !plain.contains(text.as_ref()) => plain.push_str(text),
                    None => continue,
                }
                plain.push('\n');
            }
            PartType::Html(markup) if !html_seen.contains(&markup) => {
                html_seen.push(markup);
                let again = read_again(raw, part, markup, true).map(Cow::Owned);
                html_parts.push(again.unwrap_or_else(|| markup.clone()));
            }
            _ => {}
        }
    }
    if needs_html(&plain, &html_parts) {
        mail.body = render_html(&html_parts);
    } else {
        mail.body = plain;
        mail.html_alternative = html_parts.iter().map(|h| h.to_string()).collect();
    }
    mail.structure_damaged = message
        .parts
        .iter()
        .filter_map(|part| part.content_type())
        .filter(|ct| ct.c_type.eq_ignore_ascii_case("multipart"))
        .filter_map(|ct| ct.attribute("boundary"))
        .any(|boundary| !has_closing_delimiter(raw, boundary));
    let replaced = mail.body.chars().filter(|&c| c == char::REPLACEMENT_CHARACTER).count();
    mail.decoding_trouble |= replaced > 3 && replaced * 50 > mail.body.chars().count();
    Some(mail)
}

/// A text part whose MIME header names no charset and whose bytes are not
/// UTF-8 (mail-parser then replaced what it could not read), decoded again:
/// in the charset an HTML part's own `<meta>` names, as a browser reads it
/// (`<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">`),
/// else as windows-1252, what 8-bit mail without a charset mostly is (a
/// superset of ISO-8859-1). Only when that reads more of it.
fn read_again(raw: &[u8], part: &MessagePart<'_>, text: &str, html: bool) -> Option<String> {
    let charset_named = part.content_type().and_then(|ct| ct.attribute("charset")).is_some();
    if charset_named || !text.contains(char::REPLACEMENT_CHARACTER) {
        return None;
    }
    let body = raw.get(part.raw_body_offset() as usize..part.raw_end_offset() as usize)?;
    let bytes = match part.encoding {
        Encoding::QuotedPrintable => quoted_printable_decode(body)?,
        Encoding::Base64 => base64_decode(body)?,
        Encoding::None => body.to_vec(),
    };
    let named = if html { meta_charset(&bytes[..bytes.len().min(4096)]) } else { None };
    let decode = named.and_then(charset_decoder).or_else(|| charset_decoder(b"windows-1252"))?;
    let again = decode(&bytes);
    let unread = |t: &str| t.chars().filter(|&c| c == char::REPLACEMENT_CHARACTER).count();
    (unread(&again) < unread(text)).then_some(again)
}

/// The charset named in the head of an HTML document (`charset=NAME`, any
/// case, quoted or not).
fn meta_charset(head: &[u8]) -> Option<&[u8]> {
    let at = head.windows(8).position(|w| w.eq_ignore_ascii_case(b"charset="))? + 8;
    let rest = &head[at..];
    let rest = &rest[rest.iter().take_while(|b| matches!(b, b'"' | b'\'' | b' ')).count()..];
    let len = rest.iter().take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b':')).count();
    (len > 0).then(|| &rest[..len])
}

/// Whether `--boundary--` (RFC 2046's close delimiter) occurs in the message.
fn has_closing_delimiter(raw: &[u8], boundary: &str) -> bool {
    let close = format!("--{boundary}--");
    memchr::memmem::find(raw, close.as_bytes()).is_some()
}

/// HTML parts as one text.
pub fn render_html<S: AsRef<str>>(parts: &[S]) -> String {
    parts.iter().map(|h| html::to_text(h.as_ref())).collect::<Vec<_>>().join("\n")
}

/// Whether the first line is an RFC 5322 header field (`Name: value`): a
/// message that does not start with one is not a message.
fn starts_with_header_field(raw: &[u8]) -> bool {
    let first = raw.split(|b| *b == b'\n').find(|line| !line.trim_ascii().is_empty()).unwrap_or_default();
    let Some(colon) = memchr::memchr(b':', first) else { return false };
    colon > 0 && first[..colon].iter().all(|b| (b'!'..=b'~').contains(b) && *b != b':')
}

/// Whether the plain-text alternative is missing or a stub ("view this
/// message in HTML"), so the HTML part must be read instead.
fn needs_html(plain: &str, html_parts: &[std::borrow::Cow<'_, str>]) -> bool {
    if html_parts.is_empty() {
        return false;
    }
    let visible = plain.chars().filter(|c| !c.is_whitespace()).count();
    visible < 20 || !plain.chars().any(|c| c.is_ascii_digit())
}

fn first_mailbox(address: &mail_parser::Address<'_>) -> Option<Mailbox> {
    let first = address.first()?;
    let raw = first.address()?.trim();
    if raw.is_empty() {
        return None;
    }
    let name = first.name().map(|n| n.trim().trim_matches('"').to_string()).filter(|n| !n.is_empty());
    Some(Mailbox { name, address: raw.to_string() })
}

/// `<id@host>` as written; an id written without brackets gets them.
fn normalise_message_id(raw: &str) -> Option<String> {
    let raw = raw.trim();
    if let (Some(open), Some(close)) = (raw.find('<'), raw.find('>')) {
        let id = raw.get(open..=close)?;
        return (close > open + 1 && id.len() <= 998).then(|| id.to_string());
    }
    let token = raw.split_whitespace().next()?;
    (token.len() <= 996).then(|| format!("<{token}>"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_headers_and_prefers_plain_text() {
        let raw = b"From: \"Amazon.com\" <no-reply@Amazon.COM>\r\nSubject: =?UTF-8?B?WW91ciDigqw1IGNyZWRpdA==?=\r\nDate: Tue, 03 Mar 2026 23:30:00 -0800\r\nMessage-ID: <a.b@amazon.com>\r\nAuthentication-Results: mx; dkim=pass\r\n header.i=@amazon.com\r\nContent-Type: multipart/alternative; boundary=x\r\n\r\n--x\r\nContent-Type: text/plain\r\n\r\nWe've added $5.00 to your account today.\r\n--x\r\nContent-Type: text/html\r\n\r\n<p>HTML</p>\r\n--x--\r\n";
        let mail = read(raw).unwrap();
        let from = mail.from.unwrap();
        assert_eq!(from.domain().as_deref(), Some("amazon.com"));
        assert_eq!(from.name.as_deref(), Some("Amazon.com"));
        assert_eq!(mail.subject.as_deref(), Some("Your €5 credit"));
        assert_eq!(mail.date, Some(1_772_609_400));
        assert_eq!(mail.message_id.as_deref(), Some("<a.b@amazon.com>"));
        assert_eq!(mail.auth_results, ["mx; dkim=pass header.i=@amazon.com"]);
        assert!(mail.body.contains("$5.00") && !mail.body.contains("HTML"));
    }

    #[test]
    fn renders_html_when_there_is_no_plain_text() {
        let raw = b"From: a@amazon.com\nContent-Type: text/html; charset=utf-8\n\n<table><tr><td>Reward</td><td>$2.00</td></tr></table>";
        let mail = read(raw).unwrap();
        assert!(mail.body.contains("Reward") && mail.body.contains("$2.00"), "{}", mail.body);
    }

    #[test]
    fn an_html_part_may_name_its_charset_in_a_meta_tag_only() {
        let raw = b"From: a@amazon.de\nContent-Type: text/html\nContent-Transfer-Encoding: quoted-printable\n\n\
<html><head><meta http-equiv=3D\"Content-Type\" content=3D\"text/html; charset=3Dwin=\ndows-1252\"></head>\n\
<body>Sie verf=E4llt am 30.10.2026. =84Ohne Eile=93</body></html>\n";
        let mail = read(raw).unwrap();
        assert_eq!(mail.body.matches("Sie verfällt am 30.10.2026.").count(), 1, "{}", mail.body);
        assert_eq!(meta_charset(b"<meta charset='ISO-8859-15'>"), Some(&b"ISO-8859-15"[..]));
        assert_eq!(meta_charset(b"<meta name=x>"), None);
        // Without a <meta>, or in plain text, 8-bit bytes are windows-1252.
        let raw = b"From: a@amazon.de\nContent-Type: text/plain\nContent-Transfer-Encoding: 8bit\n\nG\xfcltig bis 30.10.2026 \x84so\x93\n";
        let mail = read(raw).unwrap();
        assert_eq!(mail.body.matches("Gültig bis 30.10.2026 „so“").count(), 1, "{}", mail.body);
        // A charset in the MIME header wins; UTF-8 is left alone.
        let raw =
            "From: a@amazon.de\nContent-Type: text/html; charset=utf-8\n\n<meta charset=iso-8859-1><p>verfällt</p>\n";
        assert!(read(raw.as_bytes()).unwrap().body.contains("verfällt"));
    }

    #[test]
    fn message_ids_keep_their_brackets() {
        assert_eq!(normalise_message_id(" <x@y> (comment)").as_deref(), Some("<x@y>"));
        assert_eq!(normalise_message_id("x@y").as_deref(), Some("<x@y>"));
        assert_eq!(normalise_message_id("  "), None);
        assert_eq!(normalise_message_id("<>"), None);
    }
}
