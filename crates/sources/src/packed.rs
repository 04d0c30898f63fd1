//! Mail in an archive, read as a stream: a Google Takeout `.zip` or `.tgz`
//! with mbox files inside, or one gzipped mbox. The mbox files are handed to
//! the splitter as they are decompressed, so a 20 GB archive is scanned without
//! unpacking it to disk or holding it in memory. Nothing is ever written.
//!
//! What is inside is told by content (an mbox starts with `From `, a tar has
//! `ustar` at byte 257), never by a name.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read, Seek, SeekFrom};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use flate2::read::MultiGzDecoder;
use zip::ZipArchive;

/// How mail is packed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Packed {
    /// A zip archive with at least one mbox file in it (Takeout's default).
    Zip,
    /// A gzipped tar archive (Takeout's `.tgz`).
    TarGz,
    /// One gzipped mbox.
    Gz,
}

/// Entries of a zip looked into when deciding whether it holds mail; a Takeout
/// zip lists its mail near the other products, so this only bounds hostile files.
const MAX_ZIP_ENTRIES_SNIFFED: usize = 100_000;
/// Enough decompressed bytes to see a tar header's magic.
const TAR_MAGIC_END: usize = 262;

/// Whether the file at `path`, whose first bytes are `head`, is mail packed in an
/// archive. A zip without an mbox inside is `None` (it may be Amazon's export).
pub fn sniff_packed(path: &Path, head: &[u8]) -> io::Result<Option<Packed>> {
    if head.starts_with(b"\x1f\x8b") {
        let mut start = Vec::with_capacity(TAR_MAGIC_END);
        MultiGzDecoder::new(File::open(path)?).take(TAR_MAGIC_END as u64).read_to_end(&mut start)?;
        return Ok(if start.starts_with(b"From ") {
            Some(Packed::Gz)
        } else if start.get(257..262) == Some(b"ustar") {
            Some(Packed::TarGz)
        } else {
            None
        });
    }
    if head.starts_with(b"PK\x03\x04") || head.starts_with(b"PK\x05\x06") {
        let Ok(mut zip) = ZipArchive::new(File::open(path)?) else { return Ok(None) };
        for index in 0..zip.len().min(MAX_ZIP_ENTRIES_SNIFFED) {
            let Ok(entry) = zip.by_index(index) else { continue };
            if entry.is_file() && as_mbox(entry, 64).is_ok_and(|m| m.is_some()) {
                return Ok(Some(Packed::Zip));
            }
        }
    }
    Ok(None)
}

/// The entry as a buffered stream if its first bytes are an mbox's (`From `).
/// `capacity` bounds what is read to tell: little when only asking, a good
/// buffer when the stream is then read to its end.
fn as_mbox<R: Read>(entry: R, capacity: usize) -> io::Result<Option<BufReader<R>>> {
    let mut entry = BufReader::with_capacity(capacity, entry);
    let is_mbox = entry.fill_buf()?.starts_with(b"From ");
    Ok(is_mbox.then_some(entry))
}

/// Hands `entry` to `each` if it is an mbox; says whether it was.
fn offer(
    name: &str,
    entry: impl Read,
    each: &mut dyn FnMut(&str, &mut dyn Read) -> io::Result<()>,
) -> io::Result<bool> {
    match as_mbox(entry, 1 << 16)? {
        Some(mut mbox) => each(name, &mut mbox).map(|()| true),
        None => Ok(false),
    }
}

/// Calls `each` with the name and a stream of every mbox inside the archive, in
/// archive order. `read` counts the archive's own (compressed) bytes consumed,
/// for progress. Returns how many mbox files were found.
pub fn for_each_mbox(
    path: &Path,
    packed: Packed,
    read: Arc<AtomicU64>,
    each: &mut dyn FnMut(&str, &mut dyn Read) -> io::Result<()>,
) -> io::Result<usize> {
    let file = Counted { inner: File::open(path)?, read };
    match packed {
        Packed::Gz => {
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            each(name.trim_end_matches(".gz"), &mut MultiGzDecoder::new(file))?;
            Ok(1)
        }
        Packed::TarGz => each_in_tar(MultiGzDecoder::new(file), each),
        Packed::Zip => each_in_zip(file, each),
    }
}

fn each_in_tar(stream: impl Read, each: &mut dyn FnMut(&str, &mut dyn Read) -> io::Result<()>) -> io::Result<usize> {
    let mut archive = tar::Archive::new(stream);
    let mut found = 0;
    for entry in archive.entries()? {
        let entry = entry?;
        if !entry.header().entry_type().is_file() {
            continue;
        }
        let name = String::from_utf8_lossy(&entry.path_bytes()).into_owned();
        found += usize::from(offer(&name, entry, each)?);
    }
    Ok(found)
}

fn each_in_zip(
    file: impl Read + Seek,
    each: &mut dyn FnMut(&str, &mut dyn Read) -> io::Result<()>,
) -> io::Result<usize> {
    let mut zip = ZipArchive::new(file).map_err(io::Error::other)?;
    let mut found = 0;
    for index in 0..zip.len() {
        let entry = zip.by_index(index).map_err(io::Error::other)?;
        if !entry.is_file() {
            continue;
        }
        let name = entry.name().map_or_else(|_| format!("entry {index}"), |n| n.into_owned());
        found += usize::from(offer(&name, entry, each)?);
    }
    Ok(found)
}

/// A reader that counts what it has read (for a progress bar over compressed bytes).
struct Counted<R> {
    inner: R,
    read: Arc<AtomicU64>,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

impl<R: Seek> Seek for Counted<R> {
    fn seek(&mut self, pos: SeekFrom) -> io::Result<u64> {
        let at = self.inner.seek(pos)?;
        // After a seek (zip entries), progress is where reading stands in the file.
        self.read.store(at, Ordering::Relaxed);
        Ok(at)
    }
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::*;

    const MBOX: &[u8] = b"From a@b Mon Jan  5 10:00:00 2026\nSubject: one\n\nbody\n\nFrom c@d Mon Jan  5 11:00:00 2026\nSubject: two\n\nbody\n";

    fn gzip(bytes: &[u8]) -> Vec<u8> {
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        encoder.write_all(bytes).unwrap();
        encoder.finish().unwrap()
    }

    fn tar(entries: &[(&str, &[u8])]) -> Vec<u8> {
        let mut builder = tar::Builder::new(Vec::new());
        for (name, bytes) in entries {
            let mut header = tar::Header::new_gnu();
            header.set_size(bytes.len() as u64);
            header.set_mode(0o644);
            header.set_cksum();
            builder.append_data(&mut header, name, *bytes).unwrap();
        }
        builder.into_inner().unwrap()
    }

    fn zip(entries: &[(&str, &[u8])]) -> Vec<u8> {
        let mut writer = zip::ZipWriter::new(io::Cursor::new(Vec::new()));
        for (name, bytes) in entries {
            writer.start_file(*name, zip::write::SimpleFileOptions::default()).unwrap();
            writer.write_all(bytes).unwrap();
        }
        writer.finish().unwrap().into_inner()
    }

    /// Each mbox found: its name and its bytes.
    type Found = Vec<(String, Vec<u8>)>;

    /// Writes `bytes` to a file, sniffs it and reads every mbox inside.
    fn open(bytes: &[u8]) -> (Option<Packed>, Found, u64) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("archive");
        std::fs::write(&path, bytes).unwrap();
        let packed = sniff_packed(&path, &bytes[..bytes.len().min(8192)]).unwrap();
        let mut found = Vec::new();
        let read = Arc::new(AtomicU64::new(0));
        if let Some(packed) = packed {
            for_each_mbox(&path, packed, read.clone(), &mut |name, stream| {
                let mut all = Vec::new();
                stream.read_to_end(&mut all)?;
                found.push((name.to_string(), all));
                Ok(())
            })
            .unwrap();
        }
        (packed, found, read.load(Ordering::Relaxed))
    }

    #[test]
    fn a_takeout_zip_gives_its_mbox_files_by_content() {
        let archive = zip(&[
            ("Takeout/archive_browser.html", b"<html></html>"),
            ("Takeout/Mail/All mail Including Spam and Trash.mbox", MBOX),
            ("Takeout/Mail/user_settings.json", b"{}"),
            ("Takeout/Mail/oddly named", MBOX),
        ]);
        let (packed, found, read) = open(&archive);
        assert_eq!(packed, Some(Packed::Zip));
        let names: Vec<&str> = found.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["Takeout/Mail/All mail Including Spam and Trash.mbox", "Takeout/Mail/oddly named"]);
        assert!(found.iter().all(|(_, bytes)| bytes == MBOX));
        assert!(read > 0 && read <= archive.len() as u64);
    }

    #[test]
    fn a_tgz_and_a_gzipped_mbox_are_read_as_streams() {
        let tgz = gzip(&tar(&[("Takeout/Mail/notes.txt", b"hello"), ("Takeout/Mail/Inbox.mbox", MBOX)]));
        let (packed, found, read) = open(&tgz);
        assert_eq!(packed, Some(Packed::TarGz));
        assert_eq!(found, [("Takeout/Mail/Inbox.mbox".to_string(), MBOX.to_vec())]);
        assert_eq!(read, tgz.len() as u64);

        let (packed, found, _) = open(&gzip(MBOX));
        assert_eq!(packed, Some(Packed::Gz));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].1, MBOX);
    }

    #[test]
    fn archives_without_mail_are_not_mail() {
        assert_eq!(open(&zip(&[("Retail.OrderHistory.1.csv", b"Order ID,Order Date\n")])).0, None);
        assert_eq!(open(&gzip(b"just some text")).0, None);
        assert_eq!(open(&gzip(&tar(&[("a.txt", b"no mail")]))).1, []);
    }

    #[test]
    fn broken_archives_are_errors_not_panics() {
        let mut tgz = gzip(&tar(&[("Inbox.mbox", MBOX)]));
        tgz.truncate(tgz.len() / 2);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("cut.tgz");
        std::fs::write(&path, &tgz).unwrap();
        let read = Arc::new(AtomicU64::new(0));
        let result =
            for_each_mbox(&path, Packed::TarGz, read, &mut |_, stream| io::copy(stream, &mut io::sink()).map(|_| ()));
        assert!(result.is_err());
        let mut garbage = b"PK\x03\x04".to_vec();
        garbage.extend([0xAB; 300]);
        assert_eq!(open(&garbage).0, None);
    }
}
