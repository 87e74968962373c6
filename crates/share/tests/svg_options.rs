//! The options a page needs from `svg::view_svg` (no embedded workspace,
//! prefixed ids) leave a picture for download as it was.

use conway_model::sample::sample_workspace;

#[test]
fn the_svg_options_keep_todays_picture_by_default() {
    let ws = sample_workspace();
    let view = &ws.views[0].id;
    let default = conway_share::svg::view_svg(&ws, view, &Default::default()).unwrap();
    assert!(default.contains("<metadata>") && default.contains("id=\"element-"));
    assert!(default.contains("marker-end=\"url(#conway-arrow)\""));
    let inline = conway_share::svg::SvgOptions {
        embed_workspace: false,
        id_prefix: "p.\"<x".into(),
        ..Default::default()
    };
    let inline = conway_share::svg::view_svg(&ws, view, &inline).unwrap();
    assert!(!inline.contains("<metadata>"));
    assert!(inline.contains("id=\"p.xelement-") && inline.contains("url(#p.xconway-arrow)"));
    assert!(!inline.contains("id=\"element-"));
    assert_eq!(
        inline.matches(" id=\"").count(),
        inline.matches(" id=\"p.x").count()
    );
    assert_eq!(
        inline.matches("url(#").count(),
        inline.matches("url(#p.x").count()
    );
}
