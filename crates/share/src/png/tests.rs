use super::*;
use conway_model::sample::sample_workspace;
use miniz_oxide::inflate::decompress_to_vec_zlib;

/// A chunk as bytes, with its CRC computed bit by bit: independent of the
/// table the module uses.
fn chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut out = (data.len() as u32).to_be_bytes().to_vec();
    out.extend_from_slice(kind);
    out.extend_from_slice(data);
    out.extend_from_slice(&slow_crc(&out[4..]).to_be_bytes());
    out
}

fn slow_crc(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &byte in bytes {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// A 1×1 RGBA picture, built by hand, with `extra` chunks after IDAT.
pub(super) fn tiny_png(extra: &[Vec<u8>]) -> Vec<u8> {
    let mut ihdr = Vec::new();
    ihdr.extend_from_slice(&1u32.to_be_bytes());
    ihdr.extend_from_slice(&1u32.to_be_bytes());
    ihdr.extend_from_slice(&[8, 6, 0, 0, 0]);
    // One scanline: filter type 0, then one red, opaque pixel.
    let idat = miniz_oxide::deflate::compress_to_vec_zlib(&[0, 255, 0, 0, 255], 9);
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.extend(chunk(b"IHDR", &ihdr));
    png.extend(chunk(b"IDAT", &idat));
    for c in extra {
        png.extend_from_slice(c);
    }
    png.extend(chunk(b"IEND", &[]));
    png
}

/// Checks a PNG as a viewer would, independently of the module: signature,
/// every CRC, IHDR first, IEND last with nothing after, the pixel intact.
/// Returns the chunk types in order.
pub(super) fn assert_valid_png(png: &[u8]) -> Vec<String> {
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    let (mut at, mut kinds, mut pixels) = (8, Vec::new(), Vec::new());
    while at < png.len() {
        let length = u32::from_be_bytes(png[at..at + 4].try_into().unwrap()) as usize;
        let body = &png[at + 4..at + 8 + length];
        let crc = u32::from_be_bytes(png[at + 8 + length..at + 12 + length].try_into().unwrap());
        let kind = String::from_utf8(body[..4].to_vec()).unwrap();
        assert_eq!(slow_crc(body), crc, "CRC of {kind}");
        if kind == "IDAT" {
            pixels.extend_from_slice(&body[4..]);
        }
        kinds.push(kind);
        at += 12 + length;
    }
    assert_eq!(at, png.len(), "nothing after IEND");
    assert_eq!(kinds.first().map(String::as_str), Some("IHDR"));
    assert_eq!(kinds.last().map(String::as_str), Some("IEND"));
    assert_eq!(
        decompress_to_vec_zlib(&pixels).unwrap(),
        [0, 255, 0, 0, 255]
    );
    kinds
}

#[test]
fn the_sample_comes_back_byte_for_byte_from_a_valid_png() {
    let text = conway_format::write(&sample_workspace());
    let picture = embed(&tiny_png(&[]), &text).unwrap();
    assert_eq!(assert_valid_png(&picture), ["IHDR", "IDAT", "iTXt", "IEND"]);
    assert_eq!(extract(&picture).as_deref(), Ok(text.as_str()));
    // Compressed: the sample's 97 KB of JSON take some 18 KB.
    assert!(picture.len() < text.len() / 4, "{} bytes", picture.len());
}

#[test]
fn the_chunk_is_an_itxt_any_reader_understands() {
    let picture = embed(&tiny_png(&[]), "{}").unwrap();
    let start = picture.windows(4).position(|w| w == b"iTXt").unwrap() + 4;
    let data = &picture[start..picture.len() - 16];
    let header_end = KEYWORD.len() + 5;
    assert_eq!(&data[..KEYWORD.len()], b"conway-workspace");
    assert_eq!(&data[KEYWORD.len()..header_end], [0, 1, 0, 0, 0]);
    assert_eq!(decompress_to_vec_zlib(&data[header_end..]).unwrap(), b"{}");
}

#[test]
fn re_embedding_replaces_the_workspace_and_keeps_every_other_chunk() {
    let note = chunk(b"tEXt", b"Comment\0drawn by hand");
    let other_itxt = chunk(b"iTXt", b"Title\0\0\0\0\0A map");
    let original = tiny_png(&[note.clone(), other_itxt.clone()]);
    let first = embed(&original, "first").unwrap();
    let second = embed(&first, "second").unwrap();
    assert_eq!(
        assert_valid_png(&second),
        ["IHDR", "IDAT", "tEXt", "iTXt", "iTXt", "IEND"]
    );
    assert_eq!(extract(&second).as_deref(), Ok("second"));
    assert_eq!(second, embed(&original, "second").unwrap());
    assert!(second.windows(note.len()).any(|w| w == note));
    assert!(second.windows(other_itxt.len()).any(|w| w == other_itxt));
}

#[test]
fn an_uncompressed_workspace_chunk_is_read_too() {
    let data = [
        KEYWORD.as_bytes(),
        b"\0\0\0en\0Arbeitsbereich\0",
        "{\"é\": 1}".as_bytes(),
    ]
    .concat();
    let picture = tiny_png(&[chunk(b"iTXt", &data)]);
    assert_eq!(extract(&picture).as_deref(), Ok("{\"é\": 1}"));
}

#[test]
fn says_what_is_wrong_with_a_picture() {
    let plain = tiny_png(&[]);
    let good = embed(&plain, "{}").unwrap();
    assert_eq!(extract(b""), Err(PngError::NotAPng));
    assert_eq!(extract(b"GIF89a"), Err(PngError::NotAPng));
    assert_eq!(extract(&plain), Err(PngError::NoWorkspace));
    let cut = &good[..good.len() - 12];
    assert_eq!(extract(cut), Err(PngError::Damaged(Damage::CutShort)));
    let mut flipped = good.clone();
    flipped[20] ^= 1;
    assert_eq!(
        extract(&flipped),
        Err(PngError::Damaged(Damage::Checksum(*b"IHDR")))
    );
    let no_header = [&good[..8], &good[33..]].concat();
    assert_eq!(extract(&no_header), Err(PngError::Damaged(Damage::Layout)));
    let bad_text = [KEYWORD.as_bytes(), b"\0\0\0\0\0\xff"].concat();
    assert_eq!(
        extract(&tiny_png(&[chunk(b"iTXt", &bad_text)])),
        Err(PngError::Damaged(Damage::Workspace))
    );
    assert_eq!(embed(b"nope", "{}"), Err(PngError::NotAPng));
}

#[test]
fn bytes_after_iend_are_ignored_and_dropped() {
    let mut picture = embed(&tiny_png(&[]), "{}").unwrap();
    picture.extend_from_slice(b"trailing junk");
    assert_eq!(extract(&picture).as_deref(), Ok("{}"));
    assert_valid_png(&embed(&picture, "{}").unwrap());
}

#[test]
fn a_workspace_past_the_file_limit_is_refused() {
    let limit = conway_format::MAX_FILE_BYTES;
    let huge = " ".repeat(limit + 1);
    assert_eq!(
        embed(&tiny_png(&[]), &huge),
        Err(PngError::TooLarge { limit })
    );
    // Written by some other tool: refused while inflating, not after.
    let bomb = [
        KEYWORD.as_bytes(),
        b"\0\x01\0\0\0",
        &miniz_oxide::deflate::compress_to_vec_zlib(huge.as_bytes(), 1),
    ]
    .concat();
    let picture = tiny_png(&[chunk(b"iTXt", &bomb)]);
    assert_eq!(extract(&picture), Err(PngError::TooLarge { limit }));
}

#[test]
fn messages_say_what_to_do() {
    assert_eq!(
        PngError::NoWorkspace.to_string(),
        "This picture was not exported by Conway with its workspace."
    );
    assert_eq!(
        PngError::Damaged(Damage::Checksum(*b"IDAT")).to_string(),
        "This picture is damaged: the checksum of its IDAT chunk does not match. Ask for \
         the file instead."
    );
}
