//! Zip archives of MADR files: rawzip reads and writes the archive structure,
//! miniz_oxide deflates and inflates. Reading takes only the `.md` files,
//! within limits that keep a zip bomb from exhausting memory (inflating stops
//! at the limit). It must never interpret the files it carries.

use std::io::Write;

use miniz_oxide::inflate::{decompress_to_vec_with_limit, TINFLStatus};
use rawzip::time::UtcDateTime;
use rawzip::{crc32, CompressionMethod, DataDescriptorOutput, ZipArchiveWriter, ZipVerification};

use super::names::file_name;
use super::{MadrError, MadrFile};

/// The most entries an archive (or files picked at once) may have.
pub const MAX_ENTRIES: usize = 2_000;
/// The largest `.md` file, uncompressed.
pub const MAX_FILE_BYTES: usize = 1_000_000;
/// The most `.md` text an import reads in all.
pub const MAX_TOTAL_BYTES: usize = 20_000_000;

/// A deflate-compressed zip archive of the files, in their order, dated
/// 1980-01-01 (zip's epoch) so that the same files give the same bytes.
pub fn zip(files: &[MadrFile]) -> Vec<u8> {
    let entries: Vec<(&str, &[u8])> = files
        .iter()
        .map(|f| (f.path.as_str(), f.text.as_bytes()))
        .collect();
    // Writing to memory cannot fail but on a path zip cannot hold (over 64 KB).
    write(&entries, CompressionMethod::DEFLATE).unwrap_or_default()
}

/// An archive of `(path, bytes)` entries; a path ending in `/` is a folder.
pub(super) fn write(
    entries: &[(&str, &[u8])],
    method: CompressionMethod,
) -> Result<Vec<u8>, rawzip::Error> {
    let mut out = Vec::new();
    let mut archive = ZipArchiveWriter::new(&mut out);
    for &(path, data) in entries {
        if path.ends_with('/') {
            archive.new_dir(path).create()?;
            continue;
        }
        let mut file = archive
            .new_file(path)
            .compression_method(method)
            .unix_permissions(0o644);
        if let Some(epoch) = UtcDateTime::from_components(1980, 1, 1, 0, 0, 0, 0) {
            file = file.last_modified(epoch);
        }
        let (mut entry, _) = file.start()?;
        if method == CompressionMethod::DEFLATE {
            entry.write_all(&miniz_oxide::deflate::compress_to_vec(data, 6))?;
        } else {
            entry.write_all(data)?;
        }
        entry.finish(DataDescriptorOutput::new(crc32(data), data.len() as u64))?;
    }
    archive.finish()?;
    Ok(out)
}

/// The `.md` files of a zip archive, in archive order. Directories, other
/// files and macOS's `__MACOSX` copies are passed over; an archive with more
/// than 2,000 entries, an `.md` file over 1 MB or more than 20 MB of them is
/// refused, as is anything that is not a readable zip of UTF-8 text.
pub fn read_archive(bytes: &[u8]) -> Result<Vec<MadrFile>, MadrError> {
    let archive = rawzip::ZipArchive::from_slice(bytes).map_err(|e| {
        MadrError::archive(format!("this is not a zip archive Conway can read ({e})"))
    })?;
    let too_many = |count: u64| {
        MadrError::archive(format!(
            "the archive has {count} entries; the limit is {MAX_ENTRIES}"
        ))
    };
    if archive.entries_hint() > MAX_ENTRIES as u64 {
        return Err(too_many(archive.entries_hint()));
    }
    let mut files = Vec::new();
    let mut total = 0usize;
    let mut entries = archive.entries();
    let mut count = 0;
    while let Some(entry) = entries
        .next_entry()
        .map_err(|e| MadrError::archive(format!("the archive is damaged ({e})")))?
    {
        count += 1;
        if count > MAX_ENTRIES as u64 {
            return Err(too_many(count));
        }
        let path = String::from_utf8_lossy(entry.file_path().as_bytes()).into_owned();
        let name = file_name(&path);
        let wanted = !entry.is_dir()
            && name.to_ascii_lowercase().ends_with(".md")
            && !name.starts_with("._")
            && !path.starts_with("__MACOSX/");
        if !wanted {
            continue;
        }
        if entry.uncompressed_size_hint() > MAX_FILE_BYTES as u64 {
            return Err(too_large(&path));
        }
        let damaged = |e: String| MadrError::at(&path, format!("cannot be unpacked ({e})"));
        let local = archive
            .get_entry(entry.wayfinder())
            .map_err(|e| damaged(e.to_string()))?;
        let data = match entry.compression_method() {
            CompressionMethod::STORE => local.data().to_vec(),
            CompressionMethod::DEFLATE => {
                decompress_to_vec_with_limit(local.data(), MAX_FILE_BYTES).map_err(|e| {
                    match e.status {
                        TINFLStatus::HasMoreOutput => too_large(&path),
                        _ => damaged(e.to_string()),
                    }
                })?
            }
            _ => {
                return Err(MadrError::at(
                    &path,
                    "is compressed in a way Conway cannot read (only stored or deflate)",
                ))
            }
        };
        local
            .claim_verifier()
            .valid(ZipVerification {
                crc: crc32(&data),
                uncompressed_size: data.len() as u64,
            })
            .map_err(|e| damaged(e.to_string()))?;
        total += data.len();
        if total > MAX_TOTAL_BYTES {
            return Err(too_much());
        }
        let text =
            String::from_utf8(data).map_err(|_| MadrError::at(&path, "is not UTF-8 text"))?;
        files.push(MadrFile { path, text });
    }
    Ok(files)
}

fn too_large(path: &str) -> MadrError {
    MadrError::at(
        path,
        format!(
            "is over {} MB unpacked, the most a file may be",
            MAX_FILE_BYTES / 1_000_000
        ),
    )
}

fn too_much() -> MadrError {
    MadrError::archive(format!(
        "the Markdown files are over {} MB unpacked, the most an import reads",
        MAX_TOTAL_BYTES / 1_000_000
    ))
}

/// The same limits for files picked one by one: count, each size, total.
pub(super) fn check_sizes<'a>(
    files: impl ExactSizeIterator<Item = (&'a str, usize)>,
) -> Result<(), MadrError> {
    if files.len() > MAX_ENTRIES {
        return Err(MadrError::archive(format!(
            "{} files were given; the limit is {MAX_ENTRIES}",
            files.len()
        )));
    }
    let mut total = 0usize;
    for (path, len) in files {
        if len > MAX_FILE_BYTES {
            return Err(too_large(path));
        }
        total += len;
        if total > MAX_TOTAL_BYTES {
            return Err(too_much());
        }
    }
    Ok(())
}
