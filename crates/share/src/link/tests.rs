use super::*;
use conway_model::sample::sample_workspace;

fn sample_text() -> String {
    conway_format::write(&sample_workspace())
}

#[test]
fn the_sample_round_trips_exactly_in_a_link_of_about_24_500_characters() {
    let text = sample_text();
    let fragment = encode(&text);
    assert!(fragment.starts_with("w=1."), "{}", &fragment[..10]);
    assert_eq!(decode(&fragment), Ok(text.clone()));
    assert_eq!(decode(&format!("#{fragment}")), Ok(text.clone()));
    // The sample is large (97 KB of JSON, many decisions): its link is over
    // WARN_LENGTH, and this bound catches the encoding getting worse.
    println!(
        "sample: {} bytes of JSON, a {}-character fragment",
        text.len(),
        fragment.len()
    );
    assert!(fragment.len() < 25_000, "{}", fragment.len());
    assert!(conway_format::read(&decode(&fragment).unwrap()).is_ok());
}

#[test]
fn encoding_is_deterministic_and_url_safe() {
    let text = sample_text();
    assert_eq!(encode(&text), encode(&text));
    let fragment = encode(&text);
    assert!(fragment
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "=.-_".contains(c)));
}

#[test]
fn tolerates_what_chat_tools_do() {
    let text = "{\"format\": \"conway-workspace\"}\n";
    let fragment = encode(text);
    let (head, tail) = fragment.split_at(fragment.len() / 2);
    let pasted = [
        format!("  https://conway.example/#{fragment}\n"),
        format!("Open <https://conway.example/#{fragment}>."),
        format!("(https://conway.example/#{fragment})"),
        fragment.replacen('=', "%3D", 1),
        format!(
            "https://conway.example/%23{}",
            fragment.replacen('=', "%3d", 1)
        ),
        format!("#{head}\n    {tail}"),
    ];
    for link in pasted {
        assert_eq!(decode(&link).as_deref(), Ok(text), "{link:?}");
    }
}

#[test]
fn says_what_is_wrong_with_a_link() {
    let fragment = encode("{}");
    let cases = [
        ("", LinkError::NotALink),
        ("#view=3", LinkError::NotALink),
        ("w=abc", LinkError::NotALink),
        ("w=0.abc", LinkError::NotALink),
        ("w=99999999999.abc", LinkError::NotALink),
        ("w", LinkError::Truncated),
        ("w=", LinkError::Truncated),
        ("w=1", LinkError::Truncated),
        ("w=1.", LinkError::Truncated),
        ("https://conway.example/#w=1.eNq…", LinkError::Truncated),
        (
            "w=2.anything",
            LinkError::Newer {
                found: 2,
                reads_up_to: 1,
            },
        ),
        ("w=1.eN+q", LinkError::Corrupted(Corruption::Character('+'))),
    ];
    for (link, error) in cases {
        assert_eq!(decode(link), Err(error), "{link:?}");
    }
    let mut flipped = fragment.clone().into_bytes();
    let last = flipped.len() - 2;
    flipped[last] = if flipped[last] == b'A' { b'B' } else { b'A' };
    let flipped = String::from_utf8(flipped).unwrap();
    assert!(matches!(decode(&flipped), Err(LinkError::Corrupted(_))));
}

#[test]
fn refuses_text_that_is_not_utf8() {
    let fragment = format!("w=1.{}", base64url::encode(&zlib::compress(&[0xff, 0xfe])));
    assert_eq!(
        decode(&fragment),
        Err(LinkError::Corrupted(Corruption::Text))
    );
}

#[test]
fn a_link_that_inflates_past_the_limit_is_refused() {
    let bomb = encode(&" ".repeat(10_000));
    assert!(bomb.len() < 100, "{}", bomb.len());
    assert_eq!(
        decode_within(&bomb, 9_999),
        Err(LinkError::TooLarge { limit: 9_999 })
    );
    assert_eq!(decode_within(&bomb, 10_000).map(|t| t.len()), Ok(10_000));
}

#[test]
fn messages_name_both_formats_and_the_way_out() {
    let newer = LinkError::Newer {
        found: 3,
        reads_up_to: 1,
    }
    .to_string();
    assert!(
        newer.contains("link format 3") && newer.contains("up to 1"),
        "{newer}"
    );
    assert!(LinkError::Truncated
        .to_string()
        .contains("ask for the file"));
    let large = LinkError::TooLarge {
        limit: MAX_FILE_BYTES,
    }
    .to_string();
    assert!(large.contains("20 MB (20,000,000 bytes)"), "{large}");
    let bad = LinkError::Corrupted(Corruption::Character('\n')).to_string();
    assert!(bad.contains("'\\n'"), "{bad}");
}

#[test]
fn length_advice_follows_the_policy() {
    assert_eq!(advice(0), LinkLength::Fine);
    assert_eq!(advice(WARN_LENGTH), LinkLength::Fine);
    assert_eq!(advice(WARN_LENGTH + 1), LinkLength::Long);
    assert_eq!(advice(MAX_LENGTH), LinkLength::Long);
    assert_eq!(advice(MAX_LENGTH + 1), LinkLength::TooLong);
    assert_eq!(LinkLength::Fine.message(), None);
    assert!(LinkLength::TooLong.message().unwrap().contains("file"));
}
