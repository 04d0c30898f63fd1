//! Zip archives read as hostile input, in memory only.
//!
//! Nothing here writes to disk or trusts a size the archive declares. Every
//! entry name is checked before any data is read (an entry that would land
//! outside the archive, `..` or an absolute path, refuses the whole zip);
//! entries are inflated through a hard cap on bytes per entry, bytes in
//! total and compression ratio, so a zip bomb stops after a few megabytes
//! with a clear error. Directories and symbolic links are skipped; a zip
//! inside the zip is opened one level deep, no further.

use std::io::{Cursor, Read, Seek};

use zip::ZipArchive;
use zip::result::ZipError;

/// Caps on what one archive may make the reader inflate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Entries in the archive, nested archives included.
    pub max_entries: usize,
    /// Bytes one entry may inflate to.
    pub max_entry_bytes: u64,
    /// Bytes all entries together may inflate to.
    pub max_total_bytes: u64,
    /// How many times larger than its compressed size an entry may grow
    /// (checked once it passes `ratio_floor` bytes: small files compress oddly).
    pub max_ratio: u64,
    pub ratio_floor: u64,
    /// How deep zips inside zips are opened (1: a zip inside the export, no deeper).
    pub max_depth: usize,
}

impl Default for Limits {
    /// Generous for a real export (a heavy buyer's `Order History.csv` is tens
    /// of megabytes and compresses about 10:1), tight for a bomb.
    fn default() -> Limits {
        Limits {
            max_entries: 20_000,
            max_entry_bytes: 512 << 20,
            max_total_bytes: 2 << 30,
            max_ratio: 100,
            ratio_floor: 1 << 20,
            max_depth: 1,
        }
    }
}

/// Why an archive was refused. Each message is one line a user can act on.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ArchiveError {
    #[error("not a readable zip archive ({0}); is the download complete?")]
    Unreadable(String),
    #[error("entry `{0}` points outside the archive (`..` or an absolute path); refusing this zip")]
    Escapes(String),
    #[error("the archive has more than {0} entries; refusing it")]
    TooManyEntries(usize),
    #[error("entry `{entry}` inflates to more than {limit}; refusing this zip (a zip bomb?)")]
    EntryTooLarge { entry: String, limit: String },
    #[error("the archive inflates to more than {0} in total; refusing it (a zip bomb?)")]
    TooLarge(String),
    #[error("entry `{entry}` expands more than {ratio} times its compressed size; refusing this zip (a zip bomb)")]
    Bomb { entry: String, ratio: u64 },
    #[error("entry `{entry}` is damaged ({reason}); the zip is corrupt or truncated")]
    Damaged { entry: String, reason: String },
}

/// An entry that was not read, and why (reported, not fatal).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Skipped {
    Encrypted,
    Unsupported(String),
    Symlink,
    TooDeep,
}

impl Skipped {
    pub fn message(&self) -> String {
        match self {
            Skipped::Encrypted => "encrypted entry skipped (unspent does not ask for zip passwords)".into(),
            Skipped::Unsupported(how) => format!("entry skipped: {how}"),
            Skipped::Symlink => "symbolic link skipped".into(),
            Skipped::TooDeep => "zip nested more than one level deep skipped".into(),
        }
    }
}

/// What the walk hands to its caller.
pub(crate) enum Visit<'a> {
    /// A file: its path inside the archive (nested archives as `inner.zip!path`) and its bytes.
    File {
        path: &'a str,
        bytes: Vec<u8>,
    },
    Skipped {
        path: &'a str,
        why: Skipped,
    },
}

/// Bytes and entries used so far, shared by an archive and the archives inside it.
#[derive(Debug, Default)]
pub(crate) struct Budget {
    entries: usize,
    bytes: u64,
}

/// Reads every file entry of the zip in `reader`, in archive order, handing
/// each one's bytes to `visit`. Fails on the first sign of a hostile archive.
pub(crate) fn walk<R: Read + Seek>(
    reader: R,
    limits: &Limits,
    visit: &mut dyn FnMut(Visit<'_>),
) -> Result<(), ArchiveError> {
    walk_at(reader, "", 0, limits, &mut Budget::default(), visit)
}

fn walk_at<R: Read + Seek>(
    reader: R,
    prefix: &str,
    depth: usize,
    limits: &Limits,
    budget: &mut Budget,
    visit: &mut dyn FnMut(Visit<'_>),
) -> Result<(), ArchiveError> {
    let mut archive = ZipArchive::new(reader).map_err(|e| ArchiveError::Unreadable(describe(&e)))?;
    budget.entries += archive.len();
    if budget.entries > limits.max_entries {
        return Err(ArchiveError::TooManyEntries(limits.max_entries));
    }
    let names = checked_names(&archive, prefix)?;
    for (index, name) in names.into_iter().enumerate() {
        let Some(name) = name else { continue };
        let entry = archive.by_index_data(index).map_err(|e| damaged(&name, &e))?;
        if entry.is_symlink() {
            visit(Visit::Skipped { path: &name, why: Skipped::Symlink });
            continue;
        }
        if entry.encrypted() {
            visit(Visit::Skipped { path: &name, why: Skipped::Encrypted });
            continue;
        }
        check_declared(&name, entry.size(), entry.compressed_size(), limits, budget)?;
        let compressed = entry.compressed_size();
        let bytes = match archive.by_index(index) {
            Ok(mut file) => read_capped(&mut file, &name, compressed, limits, budget)?,
            Err(ZipError::UnsupportedArchive(why)) => {
                visit(Visit::Skipped { path: &name, why: Skipped::Unsupported(why.to_string()) });
                continue;
            }
            Err(ZipError::CompressionMethodNotSupported(method)) => {
                let why = Skipped::Unsupported(format!("compression method {method} is not supported"));
                visit(Visit::Skipped { path: &name, why });
                continue;
            }
            Err(e) => return Err(damaged(&name, &e)),
        };
        if is_zip(&bytes) {
            if depth + 1 > limits.max_depth {
                visit(Visit::Skipped { path: &name, why: Skipped::TooDeep });
                continue;
            }
            let inner_prefix = format!("{name}!");
            walk_at(Cursor::new(bytes), &inner_prefix, depth + 1, limits, budget, visit)?;
            continue;
        }
        visit(Visit::File { path: &name, bytes });
    }
    Ok(())
}

/// Every entry's display name, `None` for directories; refuses the archive
/// if any name would escape it. Checked for all entries before any is read.
fn checked_names<R: Read + Seek>(archive: &ZipArchive<R>, prefix: &str) -> Result<Vec<Option<String>>, ArchiveError> {
    (0..archive.len())
        .map(|index| {
            let entry = archive.by_index_data(index).map_err(|e| ArchiveError::Unreadable(describe(&e)))?;
            let raw = String::from_utf8_lossy(entry.name_raw()).into_owned();
            if escapes(&raw) || entry.enclosed_name().is_none() {
                return Err(ArchiveError::Escapes(format!("{prefix}{raw}")));
            }
            Ok((!entry.is_dir()).then(|| format!("{prefix}{raw}")))
        })
        .collect()
}

/// A path that is absolute, has a drive letter, a NUL, or a `..` component
/// (stricter than `enclosed_name`, which allows `a/../b`).
fn escapes(name: &str) -> bool {
    let absolute = name.starts_with(['/', '\\']) || name.as_bytes().get(1) == Some(&b':');
    absolute || name.contains('\0') || name.split(['/', '\\']).any(|part| part == "..")
}

/// Refuses an entry whose declared sizes are already over a cap (cheap, before inflating).
fn check_declared(
    name: &str,
    size: u64,
    compressed: u64,
    limits: &Limits,
    budget: &Budget,
) -> Result<(), ArchiveError> {
    if size > limits.max_entry_bytes {
        return Err(ArchiveError::EntryTooLarge { entry: name.into(), limit: bytes_text(limits.max_entry_bytes) });
    }
    if budget.bytes.saturating_add(size) > limits.max_total_bytes {
        return Err(ArchiveError::TooLarge(bytes_text(limits.max_total_bytes)));
    }
    if size > limits.ratio_floor && size > compressed.max(1).saturating_mul(limits.max_ratio) {
        return Err(ArchiveError::Bomb { entry: name.into(), ratio: limits.max_ratio });
    }
    Ok(())
}

/// Inflates one entry, stopping at the first cap crossed. Declared sizes can
/// lie; what is actually produced is what counts.
fn read_capped(
    file: &mut impl Read,
    name: &str,
    compressed: u64,
    limits: &Limits,
    budget: &mut Budget,
) -> Result<Vec<u8>, ArchiveError> {
    let ratio_cap = compressed.max(1).saturating_mul(limits.max_ratio).max(limits.ratio_floor);
    let mut out = Vec::new();
    let mut chunk = vec![0u8; 64 << 10];
    loop {
        let n = match file.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(ArchiveError::Damaged { entry: name.into(), reason: e.to_string() }),
        };
        let produced = out.len() as u64 + n as u64;
        if produced > limits.max_entry_bytes {
            return Err(ArchiveError::EntryTooLarge { entry: name.into(), limit: bytes_text(limits.max_entry_bytes) });
        }
        if produced > ratio_cap {
            return Err(ArchiveError::Bomb { entry: name.into(), ratio: limits.max_ratio });
        }
        if budget.bytes + produced > limits.max_total_bytes {
            return Err(ArchiveError::TooLarge(bytes_text(limits.max_total_bytes)));
        }
        out.extend_from_slice(&chunk[..n]);
    }
    budget.bytes += out.len() as u64;
    Ok(out)
}

/// Whether bytes are a zip archive (a local file header, or an empty archive's end record).
pub(crate) fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06")
}

fn damaged(name: &str, error: &ZipError) -> ArchiveError {
    ArchiveError::Damaged { entry: name.into(), reason: describe(error) }
}

fn describe(error: &ZipError) -> String {
    match error {
        ZipError::Io(e) => e.to_string(),
        other => other.to_string(),
    }
    .split('\n')
    .next()
    .unwrap_or_default()
    .to_string()
}

fn bytes_text(bytes: u64) -> String {
    if bytes >= 1 << 30 && bytes.is_multiple_of(1 << 30) {
        format!("{} GiB", bytes >> 30)
    } else if bytes >= 1 << 20 {
        format!("{} MiB", bytes >> 20)
    } else {
        format!("{bytes} bytes")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_that_escape_are_caught() {
        for bad in ["../x.csv", "a/../../x.csv", "/etc/passwd", "C:\\x.csv", "a\\..\\..\\x", "x\0.csv"] {
            assert!(escapes(bad), "{bad}");
        }
        for fine in ["Your Orders/Order History.csv", "a..b/c.csv", "..hidden"] {
            assert!(!escapes(fine), "{fine}");
        }
    }

    #[test]
    fn sizes_read_as_people_write_them() {
        assert_eq!(bytes_text(512 << 20), "512 MiB");
        assert_eq!(bytes_text(2 << 30), "2 GiB");
    }
}
