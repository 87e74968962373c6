//! A picture is untrusted: whatever arrives, reading answers without panicking.

use proptest::prelude::*;

use super::tests::{assert_valid_png, tiny_png};
use super::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_nul_free_text_comes_back_identical(text in "[^\u{0}]{0,300}") {
        let picture = embed(&tiny_png(&[]), &text).unwrap();
        assert_valid_png(&picture);
        prop_assert_eq!(extract(&picture), Ok(text));
    }

    #[test]
    fn every_strict_prefix_is_refused(text in "[ -~]{0,100}") {
        let picture = embed(&tiny_png(&[]), &text).unwrap();
        for cut in 0..picture.len() {
            prop_assert!(extract(&picture[..cut]).is_err(), "cut at {}", cut);
            prop_assert!(embed(&picture[..cut], "{}").is_err(), "cut at {}", cut);
        }
    }

    #[test]
    fn a_changed_byte_is_refused(
        text in "[ -~]{0,100}",
        at in any::<prop::sample::Index>(),
        xor in 1u8..,
    ) {
        let mut picture = embed(&tiny_png(&[]), &text).unwrap();
        let at = at.index(picture.len());
        picture[at] ^= xor;
        // Every byte is under a CRC or decides where one is.
        prop_assert!(extract(&picture).is_err(), "byte {}", at);
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let _ = extract(&bytes);
        let _ = embed(&bytes, "{}");
        let after_signature = [&chunks::SIGNATURE[..], &bytes].concat();
        let _ = extract(&after_signature);
        let _ = embed(&after_signature, "{}");
    }
}
