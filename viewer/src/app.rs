//! [`build_app`]: the viewer's `App` for a window or for an image (tests), and
//! [`ViewerPlugins`], the plugin group of its features.

use std::path::Path;
use std::sync::Mutex;

use bevy::app::PluginGroupBuilder;
use bevy::asset::RenderAssetUsages;
use bevy::camera::RenderTarget;
use bevy::prelude::*;
use bevy::render::RenderPlugin;
use bevy::render::render_resource::{Extent3d, TextureDimension, TextureFormat, TextureUsages};
use bevy::window::{ExitCondition, WindowResolution};
use bevy::winit::WinitPlugin;
use elmer::store::RunStore;

use crate::args::ViewerArgs;
use crate::problem::Problem;
use crate::run::{self, RunData};
use crate::selection::Selection;
use crate::{fps, heatmap, help, inspector, layout, live, problem, replay, screenshot, selection};

/// Where the viewer renders.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Output {
    /// A window (winit; X11 or Xvfb).
    Window,
    /// An offscreen image of the window's size, no window system (headless tests).
    Image,
}

/// The store the run was read from, kept open for live refreshes (read-only).
///
/// `rusqlite::Connection` is `Send` but not `Sync`; the mutex makes it a resource.
#[derive(Resource)]
pub struct Store(pub Mutex<RunStore>);

/// The image the camera renders into when [`Output::Image`].
#[derive(Resource, Clone)]
pub struct RenderImage(pub Handle<Image>);

/// The main camera (the replay follows the walker with it; the UI is drawn on it).
#[derive(Component)]
pub struct MainCamera;

/// The features, one plugin each: shared state, problems, heatmap, replay, inspector, live
/// mode, help overlay, screenshot, frame-rate measurement.
pub struct ViewerPlugins;

impl PluginGroup for ViewerPlugins {
    fn build(self) -> PluginGroupBuilder {
        PluginGroupBuilder::start::<Self>()
            .add(selection::plugin)
            .add(problem::plugin)
            .add(heatmap::HeatmapPlugin)
            .add(replay::ReplayPlugin)
            .add(inspector::InspectorPlugin)
            .add(live::LivePlugin)
            .add(help::HelpPlugin)
            .add(screenshot::ScreenshotPlugin)
            .add(fps::FpsPlugin)
    }
}

/// Builds the viewer for `args`, rendering to `output`.
///
/// The run is loaded here, before the first frame (its errors become a [`Problem`], shown in
/// the window and printed on stderr; the app still starts). `archives_dir` is where bare run
/// names and the default run are looked up.
pub fn build_app(args: ViewerArgs, output: Output, archives_dir: &Path) -> App {
    let mut app = App::new();
    let window = Window {
        title: "elmer-viewer".into(),
        resolution: WindowResolution::new(layout::WINDOW_W as u32, layout::WINDOW_H as u32)
            .with_scale_factor_override(1.0),
        resizable: false,
        ..default()
    };
    let render = RenderPlugin {
        // Every pipeline is ready on the first frame: a screenshot after N frames shows the
        // same picture on every run (no element missing because its shader was still
        // compiling).
        synchronous_pipeline_compilation: true,
        ..default()
    };
    let defaults = DefaultPlugins
        .set(render)
        .set(ImagePlugin::default_nearest());
    match output {
        Output::Window => app.add_plugins(defaults.set(WindowPlugin {
            primary_window: Some(window),
            ..default()
        })),
        Output::Image => app.add_plugins(
            defaults
                .set(WindowPlugin {
                    primary_window: None,
                    exit_condition: ExitCondition::DontExit,
                    ..default()
                })
                .disable::<WinitPlugin>(),
        ),
    };
    app.insert_resource(ClearColor(layout::BACKGROUND));
    let mut problem = Problem::default();
    let mut selection = Selection::default();
    match run::resolve(args.run.as_deref(), archives_dir).and_then(|p| RunData::load(&p)) {
        Ok((data, store)) => {
            selection.cell = data.best_cell();
            if let Some(text) = &args.cell {
                match data.parse_cell(text) {
                    Ok(cell) => selection.cell = Some(cell),
                    Err(e) => problem.report(e.to_string()),
                }
            }
            app.insert_resource(data)
                .insert_resource(Store(Mutex::new(store)));
        }
        Err(e) => problem.report(e.to_string()),
    }
    if output == Output::Image {
        let image = render_image(&mut app);
        app.insert_resource(RenderImage(image));
    }
    app.insert_resource(args)
        .insert_resource(problem)
        .insert_resource(selection)
        .add_plugins(ViewerPlugins)
        .add_systems(PreStartup, spawn_camera);
    app
}

/// The offscreen colour target of the window's size.
fn render_image(app: &mut App) -> Handle<Image> {
    let size = Extent3d {
        width: layout::WINDOW_W as u32,
        height: layout::WINDOW_H as u32,
        depth_or_array_layers: 1,
    };
    let mut image = Image::new_fill(
        size,
        TextureDimension::D2,
        &[0, 0, 0, 255],
        TextureFormat::Rgba8UnormSrgb,
        RenderAssetUsages::default(),
    );
    image.texture_descriptor.usage |=
        TextureUsages::TEXTURE_BINDING | TextureUsages::COPY_SRC | TextureUsages::RENDER_ATTACHMENT;
    app.world_mut().resource_mut::<Assets<Image>>().add(image)
}

fn spawn_camera(mut commands: Commands, image: Option<Res<RenderImage>>) {
    let mut camera = commands.spawn((Camera2d, MainCamera, IsDefaultUiCamera));
    if let Some(image) = image {
        camera.insert(RenderTarget::Image(image.0.clone().into()));
    }
}
