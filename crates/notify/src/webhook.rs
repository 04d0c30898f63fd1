//! Webhooks: a JSON POST, or ntfy's plain-text publish with a `Title` header.

use base64::Engine;
use serde::Deserialize;
use ureq::http::Uri;

use crate::{Outgoing, SendError, TIMEOUT};

/// What a webhook expects.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum WebhookFormat {
    /// `POST` with a JSON body: `{"title", "message", …details}`.
    Json,
    /// ntfy: `POST` the text, the subject in a `Title` header.
    Ntfy,
}

/// One webhook.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Webhook {
    /// The channel's name, used to remember what was sent through it.
    pub name: String,
    pub url: String,
    pub format: WebhookFormat,
    /// Sent as `Authorization: Bearer …` when set (ntfy access tokens, most webhook services).
    pub token: Option<String>,
}

/// Checks that `url` is an absolute http(s) URL with a host.
pub fn validate_url(url: &str) -> Result<Uri, SendError> {
    let bad = |why: &str| SendError::Settings(format!("webhook URL `{url}` {why}"));
    if !url.contains("://") {
        return Err(bad("has no scheme; write it as https://host/path"));
    }
    let uri: Uri = url.trim().parse().map_err(|_| bad("is not a URL"))?;
    match uri.scheme_str() {
        Some("http" | "https") => {}
        Some(other) => return Err(bad(&format!("has scheme `{other}`; use http:// or https://"))),
        None => return Err(bad("has no scheme; write it as https://host/path")),
    }
    if uri.host().is_none_or(str::is_empty) {
        return Err(bad("has no host"));
    }
    Ok(uri)
}

/// The format a URL most likely wants: ntfy for ntfy.sh and hosts named ntfy, else JSON.
pub fn guess_format(url: &str) -> WebhookFormat {
    let host = url.parse::<Uri>().ok().and_then(|u| u.host().map(str::to_ascii_lowercase)).unwrap_or_default();
    if host == "ntfy.sh" || host.starts_with("ntfy.") || host.ends_with(".ntfy.sh") {
        WebhookFormat::Ntfy
    } else {
        WebhookFormat::Json
    }
}

/// Posts `mail` to `hook`; `details` is merged into the JSON body (ignored for ntfy).
pub fn post_webhook(hook: &Webhook, mail: &Outgoing, details: &serde_json::Value) -> Result<(), SendError> {
    validate_url(&hook.url)?;
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(TIMEOUT))
        .http_status_as_error(false)
        .user_agent(format!("unspent/{}", env!("CARGO_PKG_VERSION")))
        .build()
        .into();
    let mut request = agent.post(hook.url.trim());
    if let Some(token) = &hook.token {
        request = request.header("Authorization", format!("Bearer {token}"));
    }
    let result = match hook.format {
        WebhookFormat::Ntfy => request
            .header("Title", header_text(&mail.subject))
            .header("Tags", "moneybag")
            .content_type("text/plain; charset=utf-8")
            .send(mail.text.as_bytes()),
        WebhookFormat::Json => {
            let mut body = serde_json::json!({"title": mail.subject, "message": mail.text});
            if let (Some(body), Some(extra)) = (body.as_object_mut(), details.as_object()) {
                body.extend(extra.clone());
            }
            request.content_type("application/json").send(serde_json::to_vec(&body).unwrap_or_default().as_slice())
        }
    };
    let response = result.map_err(|e| SendError::Delivery(format!("webhook {}: {e}", hook.name)))?;
    let status = response.status();
    if status.is_success() {
        Ok(())
    } else {
        Err(SendError::Delivery(format!("webhook {} answered HTTP {status}", hook.name)))
    }
}

/// A header value: ASCII as is, anything else as an RFC 2047 encoded word (ntfy decodes it).
fn header_text(text: &str) -> String {
    let clean: String = text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    if clean.is_ascii() {
        clean
    } else {
        format!("=?UTF-8?B?{}?=", base64::engine::general_purpose::STANDARD.encode(clean.as_bytes()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_must_be_absolute_http() {
        assert!(validate_url("https://ntfy.sh/my-credits").is_ok());
        assert!(validate_url("http://127.0.0.1:8080/hook").is_ok());
        for bad in ["ntfy.sh/topic", "ftp://host/x", "https://", "not a url", "", "mailto:me@example.org"] {
            let error = validate_url(bad).unwrap_err();
            assert!(error.is_settings(), "{bad}: {error}");
        }
    }

    #[test]
    fn ntfy_is_recognised_by_host() {
        assert_eq!(guess_format("https://ntfy.sh/topic"), WebhookFormat::Ntfy);
        assert_eq!(guess_format("https://ntfy.example.org/topic"), WebhookFormat::Ntfy);
        assert_eq!(guess_format("https://hooks.example.org/x"), WebhookFormat::Json);
    }

    #[test]
    fn non_ascii_titles_are_encoded_words() {
        assert_eq!(header_text("Plain title"), "Plain title");
        assert_eq!(header_text("£1\nnow"), "=?UTF-8?B?wqMxIG5vdw==?=");
    }
}
