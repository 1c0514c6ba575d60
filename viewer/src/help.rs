//! [`HelpPlugin`]: `H` or `?` toggles an overlay listing the keyboard shortcuts.

use bevy::prelude::*;

use crate::layout;
use crate::selection::{Frame, InputSeen};

/// The shortcuts, as shown.
pub const SHORTCUTS: &str = "\
keys
  arrows      move the selection in the heatmap
  click       select a cell (hover shows it)
  M           max-projection / slice
  [ ] PgDn PgUp  previous / next slice
  A           cycle the heatmap's axes
  Space       play / pause the replay
  R           restart the replay
  + -         replay speed
  T           next terrain (or click a terrain)
  P           jump to the selected elite's first parent
  J K         scroll the program (or the wheel over it)
  H ?         this help";

#[derive(Component)]
struct HelpOverlay;

/// The help overlay feature.
pub struct HelpPlugin;

impl Plugin for HelpPlugin {
    fn build(&self, app: &mut App) {
        app.add_systems(Startup, spawn).add_systems(Update, toggle);
    }
}

fn spawn(mut commands: Commands) {
    commands.spawn((
        Node {
            position_type: PositionType::Absolute,
            left: Val::Px(layout::LEFT_W + 80.0),
            top: Val::Px(60.0),
            padding: UiRect::all(Val::Px(16.0)),
            display: Display::None,
            ..default()
        },
        BackgroundColor(Color::srgba(0.05, 0.05, 0.07, 0.95)),
        GlobalZIndex(20),
        HelpOverlay,
        Text::new(SHORTCUTS),
        TextFont::from_font_size(layout::FONT),
        TextColor(Color::WHITE),
    ));
    commands.spawn((
        Node {
            position_type: PositionType::Absolute,
            right: Val::Px(layout::MARGIN),
            top: Val::Px(layout::MARGIN),
            ..default()
        },
        Text::new("H: help"),
        TextFont::from_font_size(layout::FONT_SMALL),
        TextColor(layout::DIM_TEXT),
    ));
}

fn toggle(
    keys: Res<ButtonInput<KeyCode>>,
    frame: Res<Frame>,
    mut seen: ResMut<InputSeen>,
    mut overlay: Query<&mut Node, With<HelpOverlay>>,
) {
    if !keys.any_just_pressed([KeyCode::KeyH, KeyCode::Slash]) {
        return;
    }
    seen.mark(frame.0);
    for mut node in &mut overlay {
        node.display = match node.display {
            Display::None => Display::Flex,
            _ => Display::None,
        };
    }
}
