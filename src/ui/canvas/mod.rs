//! A pane and its SVG canvas: view picker and menu, the drawn scene (elements,
//! relationships), pointer gestures, palette, minimap.

pub mod connect;
pub mod drawn;
pub mod edge;
pub mod gesture;
pub mod layout_button;
pub mod minimap;
pub mod node;
pub mod palette;
pub mod pane;
pub mod preview;
pub mod rename;
pub mod scene;
pub mod screen_size;
pub mod svg;
pub mod view_menu;
