//! Where each feature draws, in logical pixels from the window's top-left, and the palette.
//!
//! The window is fixed at [`WINDOW_W`] x [`WINDOW_H`] at scale factor 1 so that screenshots and
//! the headless test's pixel checks see the same geometry. Left column: heatmap and legend.
//! Right column: replay on top, inspector below. Bottom: the status bar.

use bevy::prelude::*;

/// Window width.
pub const WINDOW_W: f32 = 1280.0;
/// Window height.
pub const WINDOW_H: f32 = 720.0;
/// Outer margin.
pub const MARGIN: f32 = 12.0;
/// Width of the left column (heatmap, legend, cell details).
pub const LEFT_W: f32 = 430.0;
/// Height of the status bar at the bottom.
pub const STATUS_H: f32 = 24.0;
/// Height of the replay region (right column, top).
pub const REPLAY_H: f32 = 360.0;
/// Side of the square the heatmap grid fits in.
pub const GRID_SIDE: f32 = 372.0;
/// Top-left corner of the heatmap grid square.
pub const GRID_ORIGIN: Vec2 = Vec2::new(44.0, 40.0);
/// Body text size.
pub const FONT: f32 = 14.0;
/// Small text size (axis labels, source lines).
pub const FONT_SMALL: f32 = 12.0;

/// Window background, also the colour of empty cells.
pub const BACKGROUND: Color = Color::srgb(0.08, 0.08, 0.094);
/// Panels over the replay world (left column, inspector).
pub const PANEL_BG: Color = Color::srgb(0.08, 0.08, 0.094);
/// The lines between heatmap cells.
pub const GRID_LINES: Color = Color::srgb(0.17, 0.17, 0.2);
/// Selected cell outline.
pub const SELECTED: Color = Color::srgb(1.0, 0.3, 0.3);
/// Hovered cell outline.
pub const HOVERED: Color = Color::srgb(0.85, 0.85, 0.85);
/// Problem banner.
pub const PROBLEM_BG: Color = Color::srgb(0.55, 0.08, 0.08);
/// Secondary text.
pub const DIM_TEXT: Color = Color::srgb(0.62, 0.62, 0.66);
/// A newly admitted elite's flash (live mode).
pub const FLASH: Color = Color::srgb(1.0, 1.0, 1.0);

/// The replay region (right column, top), as a rectangle in window pixels (y down).
pub fn replay_rect() -> Rect {
    Rect::new(LEFT_W, 0.0, WINDOW_W, REPLAY_H)
}

/// The inspector region (right column, below the replay), in window pixels (y down).
pub fn inspector_rect() -> Rect {
    Rect::new(LEFT_W, REPLAY_H, WINDOW_W, WINDOW_H - STATUS_H)
}

/// The heatmap region (the grid square), in window pixels (y down).
pub fn heatmap_rect() -> Rect {
    Rect::from_corners(GRID_ORIGIN, GRID_ORIGIN + Vec2::splat(GRID_SIDE))
}
