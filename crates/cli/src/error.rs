//! Errors a user sees: one line, and an exit code that says what kind.
//!
//! | code | meaning |
//! |---|---|
//! | 0 | done (a scan that met bad messages still succeeds: they are reported) |
//! | 1 | an internal error (a bug: please report it) |
//! | 2 | the command line is wrong (unknown flag, missing argument) |
//! | 3 | an input value or file is invalid (amount, currency, date, CSV…) |
//! | 4 | the database cannot be used (corrupt, locked, too new, unreadable) |
//! | 5 | a source to read cannot be found or opened |
//! | 6 | a network peer failed (IMAP, SMTP, webhook) |

use std::fmt;

use unspent_store::StoreError;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    Internal,
    Usage,
    Input,
    Database,
    Source,
    Network,
}

impl ErrorKind {
    pub fn exit_code(self) -> u8 {
        match self {
            ErrorKind::Internal => 1,
            ErrorKind::Usage => 2,
            ErrorKind::Input => 3,
            ErrorKind::Database => 4,
            ErrorKind::Source => 5,
            ErrorKind::Network => 6,
        }
    }
}

#[derive(Debug)]
pub struct CliError {
    kind: ErrorKind,
    message: String,
    broken_pipe: bool,
}

impl CliError {
    pub fn new(kind: ErrorKind, message: impl fmt::Display) -> CliError {
        CliError { kind, message: one_line(&message.to_string()), broken_pipe: false }
    }

    pub fn input(message: impl fmt::Display) -> CliError {
        CliError::new(ErrorKind::Input, message)
    }

    pub fn usage(message: impl fmt::Display) -> CliError {
        CliError::new(ErrorKind::Usage, message)
    }

    pub fn source(message: impl fmt::Display) -> CliError {
        CliError::new(ErrorKind::Source, message)
    }

    pub fn network(message: impl fmt::Display) -> CliError {
        CliError::new(ErrorKind::Network, message)
    }

    pub fn internal(message: impl fmt::Display) -> CliError {
        CliError::new(ErrorKind::Internal, message)
    }

    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    pub fn exit_code(&self) -> u8 {
        self.kind.exit_code()
    }

    pub fn is_broken_pipe(&self) -> bool {
        self.broken_pipe
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl From<StoreError> for CliError {
    fn from(error: StoreError) -> Self {
        CliError::new(ErrorKind::Database, error)
    }
}

impl From<std::io::Error> for CliError {
    fn from(error: std::io::Error) -> Self {
        let broken_pipe = error.kind() == std::io::ErrorKind::BrokenPipe;
        CliError { broken_pipe, ..CliError::internal(format!("I/O error: {error}")) }
    }
}

impl From<serde_json::Error> for CliError {
    fn from(error: serde_json::Error) -> Self {
        if error.io_error_kind() == Some(std::io::ErrorKind::BrokenPipe) {
            return CliError { broken_pipe: true, ..CliError::internal("broken pipe") };
        }
        CliError::internal(format!("cannot write JSON: {error}"))
    }
}

impl From<csv::Error> for CliError {
    fn from(error: csv::Error) -> Self {
        match error.kind() {
            csv::ErrorKind::Io(io) if io.kind() == std::io::ErrorKind::BrokenPipe => {
                CliError { broken_pipe: true, ..CliError::internal("broken pipe") }
            }
            _ => CliError::internal(format!("cannot write CSV: {error}")),
        }
    }
}

/// Errors are printed on one line: multi-line causes are joined.
fn one_line(text: &str) -> String {
    text.split('\n').map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join(" ")
}

pub type Result<T, E = CliError> = std::result::Result<T, E>;
