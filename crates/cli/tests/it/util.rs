//! The harness: an isolated home, database and clock for each test.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

/// A private environment: its own HOME (so no user config leaks in), database and "today".
pub struct Env {
    dir: tempfile::TempDir,
    today: String,
}

impl Env {
    pub fn new() -> Env {
        Env::on("2026-01-15")
    }

    /// An environment where today is `today` (YYYY-MM-DD).
    pub fn on(today: &str) -> Env {
        Env { dir: tempfile::tempdir().expect("temp dir"), today: today.to_string() }
    }

    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    pub fn db(&self) -> PathBuf {
        self.dir.path().join("unspent.db")
    }

    /// The `unspent` command with this environment's database and clock.
    pub fn cmd(&self) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_unspent"));
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.dir.path())
            .env("NO_COLOR", "1")
            .env("UNSPENT_DB", self.db())
            .env("UNSPENT_TODAY", &self.today);
        cmd
    }

    /// Runs `args`, asserting success; returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.cmd().args(args).output().expect("run unspent");
        assert!(out.status.success(), "unspent {args:?} failed: {}", describe(&out));
        String::from_utf8(out.stdout).expect("utf-8 stdout")
    }

    /// Runs `args` with `--json`, asserting success; returns the parsed JSON.
    pub fn json(&self, args: &[&str]) -> Value {
        let mut with_json = args.to_vec();
        with_json.push("--json");
        let text = self.ok(&with_json);
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("unspent {args:?} printed invalid JSON ({e}): {text}"))
    }

    /// Runs `args`, asserting failure; returns the exit code and stderr.
    pub fn fails(&self, args: &[&str]) -> (i32, String) {
        let out = self.cmd().args(args).output().expect("run unspent");
        assert!(!out.status.success(), "unspent {args:?} should have failed: {}", describe(&out));
        (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stderr).into_owned())
    }

    /// Adds something by hand and returns the id it printed.
    pub fn add(&self, args: &[&str]) -> String {
        let mut full = vec!["add"];
        full.extend_from_slice(args);
        let out = self.ok(&full);
        let id = out.split_whitespace().next().unwrap_or_default().to_string();
        assert!(id.starts_with("ev-"), "add printed no id: {out}");
        id
    }
}

pub fn describe(out: &Output) -> String {
    format!(
        "exit {:?}\nstdout: {}\nstderr: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}
