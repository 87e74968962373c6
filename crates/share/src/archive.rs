//! Every view at once: a zip of SVG pictures, one per view, named by their
//! order and name so they sort as the views do. rawzip writes the archive
//! structure and miniz_oxide deflates; dates are zip's epoch, so the same
//! workspace gives the same bytes. It never reads archives.

use std::io::Write;

use rawzip::time::UtcDateTime;
use rawzip::{crc32, CompressionMethod, DataDescriptorOutput, ZipArchiveWriter};

use crate::svg::{view_svg, SvgOptions};
use conway_model::Workspace;

/// `NN <view name>.svg`, safe on every file system, unique within the archive.
fn entry_name(index: usize, view_name: &str) -> String {
    let safe: String = view_name
        .chars()
        .map(|c| match c {
            '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|' => '-',
            c if c.is_control() => ' ',
            c => c,
        })
        .collect();
    let safe = safe.trim().trim_end_matches('.');
    let safe = if safe.is_empty() { "View" } else { safe };
    let short: String = safe.chars().take(80).collect();
    format!("{:02} {short}.svg", index + 1)
}

/// The picture of every view, in the workspace's order: (file name, SVG).
pub fn view_pictures(ws: &Workspace, options: &SvgOptions) -> Vec<(String, String)> {
    ws.views
        .iter()
        .enumerate()
        .filter_map(|(i, v)| view_svg(ws, &v.id, options).map(|svg| (entry_name(i, &v.name), svg)))
        .collect()
}

/// A deflated zip of the files, in their order.
pub fn zip(files: &[(String, String)]) -> Vec<u8> {
    // Writing to memory cannot fail, but for a name zip cannot hold (over 64 KB).
    write(files).unwrap_or_default()
}

fn write(files: &[(String, String)]) -> Result<Vec<u8>, rawzip::Error> {
    let mut out = Vec::new();
    let mut archive = ZipArchiveWriter::new(&mut out);
    for (name, text) in files {
        let data = text.as_bytes();
        let mut file = archive
            .new_file(name)
            .compression_method(CompressionMethod::DEFLATE)
            .unix_permissions(0o644);
        if let Some(epoch) = UtcDateTime::from_components(1980, 1, 1, 0, 0, 0, 0) {
            file = file.last_modified(epoch);
        }
        let (mut entry, _) = file.start()?;
        entry.write_all(&miniz_oxide::deflate::compress_to_vec(data, 9))?;
        entry.finish(DataDescriptorOutput::new(crc32(data), data.len() as u64))?;
    }
    archive.finish()?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use conway_model::sample::sample_workspace;

    #[test]
    fn every_view_is_one_picture_named_in_order_and_the_zip_holds_them_exactly() {
        let ws = sample_workspace();
        let pictures = view_pictures(&ws, &SvgOptions::default());
        assert_eq!(pictures.len(), ws.views.len());
        assert_eq!(pictures[0].0, format!("01 {}.svg", ws.views[0].name));
        let bytes = zip(&pictures);
        let archive = rawzip::ZipArchive::from_slice(&bytes).expect("a zip");
        let mut found = Vec::new();
        for entry in archive.entries() {
            let entry = entry.expect("an entry");
            let name = String::from_utf8(entry.file_path().as_ref().to_vec()).expect("a name");
            let wayfinder = entry.wayfinder();
            let local = archive.get_entry(wayfinder).expect("its data");
            let inflated = miniz_oxide::inflate::decompress_to_vec(local.data()).expect("deflated");
            found.push((name, String::from_utf8(inflated).expect("text")));
        }
        assert_eq!(found, pictures);
        assert_eq!(
            zip(&pictures),
            bytes,
            "the same workspace gives the same bytes"
        );
    }

    #[test]
    fn names_are_safe_for_any_file_system() {
        assert_eq!(entry_name(0, "a/b: c?"), "01 a-b- c-.svg");
        assert_eq!(entry_name(9, "  ..  "), "10 View.svg");
        assert_eq!(entry_name(2, "Bad\u{7}name."), "03 Bad name.svg");
    }
}
