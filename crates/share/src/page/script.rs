//! The page's one script and the Content-Security-Policy that allows it by
//! its SHA-256 hash and nothing else. The script only enhances a page that
//! already works without it: it shows the search box and filters the
//! entries by their text, and makes the elements and relationships in the
//! pictures focusable and clickable, jumping to their entry in the list
//! under the picture. It reads the DOM and writes only attributes,
//! classes and a count: never `innerHTML`, never the workspace's text as
//! markup, and it loads nothing. Kept ASCII, so its hash is its bytes'.

use super::sha256::sha256;
use crate::svg::base64;

pub(super) const SCRIPT: &str = r#"
(function () {
  "use strict";
  document.documentElement.classList.add("js");
  var DRAWN = ".picture [data-element-id], .picture [data-relationship-id]";

  // The entry, in the list under the picture, of an element or relationship drawn in it.
  function entryOf(node) {
    var view = node.closest(".view");
    if (!view) return null;
    var key = node.hasAttribute("data-element-id") ? "data-element-id" : "data-relationship-id";
    var id = node.getAttribute(key);
    var entries = view.querySelectorAll("li[" + key + "]");
    for (var i = 0; i < entries.length; i++) {
      if (entries[i].getAttribute(key) === id) return entries[i];
    }
    return null;
  }

  function reveal(node) {
    var entry = entryOf(node);
    if (!entry) return;
    var fold = entry.closest("details");
    if (fold) fold.open = true;
    location.hash = entry.id;
    entry.focus({ preventScroll: true });
  }

  var drawn = document.querySelectorAll(DRAWN);
  for (var i = 0; i < drawn.length; i++) {
    drawn[i].setAttribute("tabindex", "0");
    drawn[i].setAttribute("role", "link");
  }
  document.addEventListener("click", function (event) {
    var node = event.target.closest ? event.target.closest(DRAWN) : null;
    if (node) reveal(node);
  });
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Enter" && event.key !== " ") return;
    var node = event.target.closest ? event.target.closest(DRAWN) : null;
    if (!node) return;
    event.preventDefault();
    reveal(node);
  });

  // Search: hide what does not hold every word typed; count the records left.
  var box = document.querySelector(".search");
  var input = document.getElementById("search");
  var count = document.getElementById("search-count");
  var items = document.querySelectorAll(".searchable");
  if (!box || !input || !count) return;
  box.hidden = false;
  input.addEventListener("input", function () {
    var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    var found = 0;
    for (var i = 0; i < items.length; i++) {
      var text = items[i].textContent.toLowerCase();
      var match = words.every(function (word) { return text.indexOf(word) !== -1; });
      items[i].hidden = !match;
      if (match && items[i].matches(".record, .term")) found++;
    }
    count.textContent = words.length ? found + (found === 1 ? " match" : " matches") : "";
  });
})();
"#;

/// `'sha256-…'`: the script's hash as a CSP source.
pub(super) fn script_source() -> String {
    format!("'sha256-{}'", base64::encode(&sha256(SCRIPT.as_bytes())))
}

/// The policy: nothing may load or run but the inline style and the script.
pub(super) fn content_security_policy() -> String {
    format!(
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src {}; \
         base-uri 'none'; form-action 'none'",
        script_source()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_script_is_ascii_and_cannot_end_its_element_early() {
        assert!(SCRIPT.is_ascii());
        let lower = SCRIPT.to_ascii_lowercase();
        assert!(!lower.contains("</script") && !lower.contains("<!--"));
        assert!(!lower.contains("innerhtml") && !lower.contains("eval"));
    }

    #[test]
    fn the_policy_names_the_scripts_hash() {
        let source = script_source();
        assert_eq!(source.len(), "'sha256-'".len() + 44);
        assert!(content_security_policy().contains(&format!("script-src {source};")));
    }
}
