//! [`Problem`]: bad input (a missing store, a newer schema, a cell outside the grid) shown as a
//! banner in the window and printed on stderr, never a panic.

use bevy::prelude::*;

use crate::layout;

/// The problems met so far, newest last; each is printed once on stderr when reported.
#[derive(Resource, Default, Debug)]
pub struct Problem {
    messages: Vec<String>,
}

impl Problem {
    /// Records `message`, printing it on stderr.
    pub fn report(&mut self, message: impl Into<String>) {
        let message = message.into();
        eprintln!("elmer-viewer: {message}");
        self.messages.push(message);
    }

    /// Every problem reported, oldest first.
    pub fn messages(&self) -> &[String] {
        &self.messages
    }

    /// Whether any problem was reported.
    pub fn any(&self) -> bool {
        !self.messages.is_empty()
    }
}

/// Marks the banner's text.
#[derive(Component)]
struct ProblemText;

/// Shows [`Problem`] messages in a red banner over the window's top.
pub fn plugin(app: &mut App) {
    app.init_resource::<Problem>()
        .add_systems(Startup, spawn_banner)
        .add_systems(Update, show.run_if(resource_changed::<Problem>));
}

fn spawn_banner(mut commands: Commands) {
    commands.spawn((
        Node {
            position_type: PositionType::Absolute,
            left: Val::Px(layout::MARGIN),
            right: Val::Px(layout::MARGIN),
            bottom: Val::Px(layout::STATUS_H + 4.0),
            padding: UiRect::all(Val::Px(8.0)),
            display: Display::None,
            ..default()
        },
        BackgroundColor(layout::PROBLEM_BG),
        GlobalZIndex(10),
        ProblemText,
        Text::new(""),
        TextFont::from_font_size(layout::FONT),
        TextColor(Color::WHITE),
    ));
}

fn show(problem: Res<Problem>, mut banner: Query<(&mut Text, &mut Node), With<ProblemText>>) {
    for (mut text, mut node) in &mut banner {
        text.0 = problem.messages().join("\n");
        node.display = if problem.any() {
            Display::Flex
        } else {
            Display::None
        };
    }
}
