//! The settings file (`config.toml`): reminder days, grace window, calendar,
//! and the channels reminders and digests go out through.
//!
//! Secrets never live in the file, the database or the command line: the
//! SMTP password comes from an environment variable or from a file only its
//! owner can read, and webhook tokens from an environment variable.
//! Unknown tables are left for other parts of unspent; unknown keys inside
//! the tables read here are errors, so a typo does not silently do nothing.

use std::path::{Path, PathBuf};

use serde::Deserialize;
use unspent_alerts::settings::{AlertSettings, CalendarSettings, GraceSettings, ReminderSettings};
use unspent_notify::webhook::{guess_format, validate_url};
use unspent_notify::{Security, SmtpSettings, Webhook, WebhookFormat};

use crate::error::{CliError, Result};

/// The environment variable the SMTP password is read from by default.
pub const PASSWORD_ENV: &str = "UNSPENT_SMTP_PASSWORD";

#[derive(Debug, Default, Deserialize)]
struct ConfigFile {
    #[serde(default)]
    reminders: ReminderSettings,
    #[serde(default)]
    missing: GraceSettings,
    #[serde(default)]
    calendar: CalendarSettings,
    email: Option<EmailConfig>,
    #[serde(default)]
    webhook: Vec<WebhookConfig>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct EmailConfig {
    host: String,
    port: Option<u16>,
    #[serde(default = "default_security")]
    security: Security,
    username: Option<String>,
    /// Refused with an explanation: passwords do not belong in this file.
    password: Option<toml::Value>,
    password_env: Option<String>,
    password_file: Option<PathBuf>,
    from: String,
    to: OneOrMany,
    /// A PEM file with the CA of a private SMTP server.
    ca_file: Option<PathBuf>,
}

fn default_security() -> Security {
    Security::Starttls
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct WebhookConfig {
    url: String,
    name: Option<String>,
    format: Option<WebhookFormat>,
    /// An environment variable holding a bearer token.
    token_env: Option<String>,
}

/// A way to reach the user.
#[derive(Clone, Debug)]
pub enum Channel {
    Email(SmtpSettings),
    Webhook(Webhook),
}

impl Channel {
    /// The name what was sent is recorded under: `email`, `webhook:NAME`.
    pub fn key(&self) -> String {
        match self {
            Channel::Email(_) => "email".into(),
            Channel::Webhook(hook) => format!("webhook:{}", hook.name),
        }
    }
}

/// Everything read from the settings file.
#[derive(Debug, Default)]
pub struct Config {
    pub alerts: AlertSettings,
    /// The e-mail channel, unless it is not configured.
    pub email: Option<SmtpSettings>,
    pub webhooks: Vec<Webhook>,
    /// Where the settings came from (for messages), if a file was read.
    pub source: Option<PathBuf>,
}

impl Config {
    pub fn channels(&self) -> Vec<Channel> {
        let mut out: Vec<Channel> = self.email.iter().cloned().map(Channel::Email).collect();
        out.extend(self.webhooks.iter().cloned().map(Channel::Webhook));
        out
    }

    pub fn describe_source(&self) -> String {
        self.source.as_ref().map_or("the settings file (--config)".into(), |p| p.display().to_string())
    }
}

/// Reads the settings at `path`; a missing file is fine unless the user named it.
pub fn load(path: &Path, required: bool) -> Result<Config> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if !required && e.kind() == std::io::ErrorKind::NotFound => {
            return Ok(Config { source: Some(path.to_path_buf()), ..Config::default() });
        }
        Err(e) => return Err(CliError::source(format!("cannot read settings file {}: {e}", path.display()))),
    };
    parse(&text, path, &|name| std::env::var(name).ok())
}

/// Parses and checks the settings; `env` looks up environment variables.
pub fn parse(text: &str, path: &Path, env: &dyn Fn(&str) -> Option<String>) -> Result<Config> {
    let bad = |what: String| CliError::input(format!("{}: {what}", path.display()));
    let file: ConfigFile = toml::from_str(text).map_err(|e| bad(e.message().to_string()))?;
    let alerts = AlertSettings { reminders: file.reminders, missing: file.missing, calendar: file.calendar };
    alerts.validate().map_err(|e| bad(e.to_string()))?;
    let base = path.parent().unwrap_or(Path::new("."));
    let email = file.email.map(|e| email_settings(e, base, env)).transpose().map_err(|e| bad(e.to_string()))?;
    let mut webhooks: Vec<Webhook> = Vec::new();
    for hook in file.webhook {
        let hook = webhook(hook, env).map_err(|e| bad(e.to_string()))?;
        if webhooks.iter().any(|h| h.name == hook.name) {
            return Err(bad(format!("two webhooks are named `{}`; give each a different `name`", hook.name)));
        }
        webhooks.push(hook);
    }
    Ok(Config { alerts, email, webhooks, source: Some(path.to_path_buf()) })
}

fn email_settings(e: EmailConfig, base: &Path, env: &dyn Fn(&str) -> Option<String>) -> Result<SmtpSettings> {
    if e.password.is_some() {
        return Err(CliError::input(format!(
            "[email] password must not be written in the settings file: put it in ${PASSWORD_ENV} \
             (or name another variable with password_env), or in a file only you can read (password_file, mode 0600)"
        )));
    }
    let password = match (&e.username, &e.password_file, &e.password_env) {
        (None, None, None) => None,
        (_, Some(file), _) => Some(read_password_file(&resolve(base, file))?),
        (_, None, named) => {
            let var = named.as_deref().unwrap_or(PASSWORD_ENV);
            Some(env(var).filter(|p| !p.is_empty()).ok_or_else(|| {
                CliError::input(format!(
                    "[email] needs the SMTP password in the environment variable {var}, which is not set"
                ))
            })?)
        }
    };
    let extra_roots_pem = e
        .ca_file
        .map(|f| {
            let path = resolve(base, &f);
            std::fs::read(&path)
                .map_err(|err| CliError::source(format!("[email] cannot read ca_file {}: {err}", path.display())))
        })
        .transpose()?;
    let to = match e.to {
        OneOrMany::One(one) => vec![one],
        OneOrMany::Many(many) => many,
    };
    let settings = SmtpSettings {
        host: e.host,
        port: e.port,
        security: e.security,
        username: e.username,
        password,
        from: e.from,
        to,
        extra_roots_pem,
    };
    unspent_notify::smtp::validate(&settings).map_err(CliError::input)?;
    Ok(settings)
}

fn resolve(base: &Path, file: &Path) -> PathBuf {
    if file.is_absolute() { file.to_path_buf() } else { base.join(file) }
}

/// Reads a password file, refusing one that others can read.
fn read_password_file(path: &Path) -> Result<String> {
    let meta = std::fs::metadata(path)
        .map_err(|e| CliError::source(format!("[email] cannot read password_file {}: {e}", path.display())))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = meta.permissions().mode() & 0o777;
        if mode & 0o077 != 0 {
            return Err(CliError::input(format!(
                "[email] password_file {} can be read by others (mode {mode:o}); run `chmod 600 {}`",
                path.display(),
                path.display()
            )));
        }
    }
    let _ = meta;
    let text = std::fs::read_to_string(path)
        .map_err(|e| CliError::source(format!("[email] cannot read password_file {}: {e}", path.display())))?;
    let password = text.trim_end_matches(['\r', '\n']).to_string();
    if password.is_empty() {
        return Err(CliError::input(format!("[email] password_file {} is empty", path.display())));
    }
    Ok(password)
}

fn webhook(hook: WebhookConfig, env: &dyn Fn(&str) -> Option<String>) -> Result<Webhook> {
    let uri = validate_url(&hook.url).map_err(CliError::input)?;
    let name = hook.name.unwrap_or_else(|| {
        let path = uri.path().trim_end_matches('/');
        format!("{}{path}", uri.host().unwrap_or_default())
    });
    let token = hook
        .token_env
        .map(|var| {
            env(&var)
                .filter(|t| !t.is_empty())
                .ok_or_else(|| CliError::input(format!("webhook {name}: the token variable {var} is not set")))
        })
        .transpose()?;
    let format = hook.format.unwrap_or_else(|| guess_format(&hook.url));
    Ok(Webhook { name, url: hook.url.trim().to_string(), format, token })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(name: &str) -> Option<String> {
        (name == PASSWORD_ENV || name == "NTFY_TOKEN").then(|| "s3cret".to_string())
    }

    fn parse_text(text: &str) -> Result<Config> {
        parse(text, Path::new("/tmp/unspent-config.toml"), &env)
    }

    #[test]
    fn a_full_file_reads_into_channels_and_settings() {
        let config = parse_text(
            r#"
            [reminders]
            days = [14, 3]
            programs = { kindle-rewards = [7] }
            [missing]
            grace_days = 21
            [email]
            host = "smtp.example.org"
            username = "me"
            from = "unspent <me@example.org>"
            to = ["me@example.org", "partner@example.org"]
            [[webhook]]
            url = "https://ntfy.sh/my-topic"
            token_env = "NTFY_TOKEN"
            [[webhook]]
            url = "https://hooks.example.org/credits"
            name = "home"
            [imap]
            host = "other engineers' table"
            "#,
        )
        .unwrap();
        assert_eq!(config.alerts.reminders.days, vec![14, 3]);
        assert_eq!(config.alerts.missing.grace_days, 21);
        let email = config.email.as_ref().unwrap();
        assert_eq!(
            (email.password.as_deref(), email.security, email.to.len()),
            (Some("s3cret"), Security::Starttls, 2)
        );
        let keys: Vec<String> = config.channels().iter().map(Channel::key).collect();
        assert_eq!(keys, ["email", "webhook:ntfy.sh/my-topic", "webhook:home"]);
        assert_eq!(config.webhooks[0].format, WebhookFormat::Ntfy);
        assert_eq!(config.webhooks[0].token.as_deref(), Some("s3cret"));
        assert_eq!(config.webhooks[1].format, WebhookFormat::Json);
    }

    #[test]
    fn passwords_in_the_file_and_bad_urls_are_refused() {
        let inline = "[email]\nhost = \"h\"\nusername = \"u\"\npassword = \"x\"\nfrom = \"a@b.c\"\nto = \"a@b.c\"\n";
        assert!(parse_text(inline).unwrap_err().to_string().contains("must not be written in the settings file"));
        let error = parse_text("[[webhook]]\nurl = \"ntfy.sh/topic\"\n").unwrap_err();
        assert!(error.to_string().contains("webhook URL `ntfy.sh/topic` has no scheme"), "{error}");
        assert!(parse_text("[reminders]\ndays = [1]\nprogram = {}\n").is_err(), "typo in a key");
        let missing_env =
            "[email]\nhost = \"h\"\nusername = \"u\"\npassword_env = \"NOPE\"\nfrom = \"a@b.c\"\nto = \"a@b.c\"\n";
        assert!(parse_text(missing_env).unwrap_err().to_string().contains("NOPE, which is not set"));
    }

    #[test]
    fn a_password_file_must_be_private() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("pw");
        std::fs::write(&file, "hunter2\n").unwrap();
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
        let text = format!(
            "[email]\nhost = \"h\"\nusername = \"u\"\npassword_file = \"{}\"\nfrom = \"a@b.c\"\nto = \"a@b.c\"\n",
            file.display()
        );
        assert!(parse_text(&text).unwrap_err().to_string().contains("chmod 600"));
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
        assert_eq!(parse_text(&text).unwrap().email.unwrap().password.as_deref(), Some("hunter2"));
    }
}
