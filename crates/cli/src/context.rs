//! What every command needs: the database, the program catalog, today's date
//! and how to print. This is where the clock, the environment and the
//! configuration files are read, once.

use std::io::IsTerminal;
use std::path::PathBuf;

use unspent_core::date::parse_iso_date;
use unspent_core::{Date, ProgramCatalog};
use unspent_store::Store;

use crate::args::{ColorChoice, Global};
use crate::error::{CliError, Result};

pub struct Context {
    pub store: Store,
    pub catalog: ProgramCatalog,
    pub today: Date,
    pub color: bool,
    pub quiet: bool,
    /// The settings file, and whether the user named it (then it must exist).
    pub config: (PathBuf, bool),
}

impl Context {
    pub async fn open(global: &Global) -> Result<Context> {
        let store = open_store(global).await?;
        Context::with_store(global, store)
    }

    pub fn with_store(global: &Global, store: Store) -> Result<Context> {
        let catalog = load_catalog(global)?;
        let today = match &global.today {
            Some(text) => parse_date_arg("--today", text)?,
            None => local_today(),
        };
        let color = match global.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stdout().is_terminal()
            }
        };
        let config = match &global.config {
            Some(path) => (path.clone(), true),
            None => {
                (xdg_dir("XDG_CONFIG_HOME", ".config").unwrap_or_default().join("unspent").join("config.toml"), false)
            }
        };
        Ok(Context { store, catalog, today, color, quiet: global.quiet, config })
    }

    /// A note for the person at the terminal; never mixed into stdout.
    pub fn note(&self, text: impl AsRef<str>) {
        if !self.quiet {
            eprintln!("{}", text.as_ref());
        }
    }

    /// A date argument, or today when it is absent.
    pub fn date_or_today(&self, flag: &str, text: Option<&str>) -> Result<Date> {
        text.map(|t| parse_date_arg(flag, t)).transpose().map(|d| d.unwrap_or(self.today))
    }
}

pub async fn open_store(global: &Global) -> Result<Store> {
    let path = match &global.db {
        Some(path) => path.clone(),
        None => default_db_path()?,
    };
    open_store_at(&path).await
}

/// Opens the database at `path`. `UNSPENT_FAULT_ABORT_AFTER_EVENTS=N` makes
/// the process abort inside an import after N events: the crash-safety tests
/// use it to prove that a killed import leaves no partial batch.
pub async fn open_store_at(path: &std::path::Path) -> Result<Store> {
    let mut store = Store::open(path).await?;
    if let Some(n) = std::env::var_os("UNSPENT_FAULT_ABORT_AFTER_EVENTS") {
        let n = n.to_str().and_then(|n| n.parse().ok());
        store
            .abort_after_events(n.ok_or_else(|| CliError::usage("UNSPENT_FAULT_ABORT_AFTER_EVENTS must be a number"))?);
    }
    Ok(store)
}

pub fn parse_date_arg(flag: &str, text: &str) -> Result<Date> {
    parse_iso_date(text).map_err(|e| CliError::input(format!("{flag}: {e}")))
}

fn local_today() -> Date {
    jiff::ZonedDateTime::now().date()
}

fn xdg_dir(var: &str, fallback: &str) -> Option<PathBuf> {
    std::env::var_os(var)
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(fallback)))
}

fn default_db_path() -> Result<PathBuf> {
    xdg_dir("XDG_DATA_HOME", ".local/share")
        .map(|dir| dir.join("unspent").join("unspent.db"))
        .ok_or_else(|| CliError::usage("no HOME or XDG_DATA_HOME: pass --db PATH or set UNSPENT_DB"))
}

fn load_catalog(global: &Global) -> Result<ProgramCatalog> {
    let builtin = ProgramCatalog::builtin();
    let (path, required) = match &global.programs {
        Some(path) => (Some(path.clone()), true),
        None => (xdg_dir("XDG_CONFIG_HOME", ".config").map(|d| d.join("unspent").join("programs.toml")), false),
    };
    let Some(path) = path else { return Ok(builtin) };
    match std::fs::read_to_string(&path) {
        Ok(text) => builtin.with_overrides(&text).map_err(|e| CliError::input(format!("{}: {e}", path.display()))),
        Err(e) if !required && e.kind() == std::io::ErrorKind::NotFound => Ok(builtin),
        Err(e) => Err(CliError::source(format!("cannot read programs file {}: {e}", path.display()))),
    }
}

/// The IMAP password from `UNSPENT_IMAP_PASSWORD`, when set. There is no
/// command-line flag for it on purpose: arguments end up in shell history
/// and in `ps` output.
pub fn imap_password_from_env() -> Option<String> {
    std::env::var("UNSPENT_IMAP_PASSWORD").ok().filter(|p| !p.is_empty())
}
