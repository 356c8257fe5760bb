"""The window's menu bar: every action of ``actions.ACTIONS`` with its handler, then the menus
built from other parts (recent files, samples, panels, look, presentation, colour maps, lessons)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from convviz.gui import colormaps
from convviz.gui.i18n import tr
from convviz.gui.sample_titles import sample_title
from convviz.gui.shell import file_ops, language_menu, lessons_menu, view_menu
from convviz.gui.shell.actions import ACTIONS, MENU_TITLES, MENUS, Act

if TYPE_CHECKING:
    from convviz.gui.shell.main_window import MainWindow


def build(window: MainWindow) -> None:
    menus = {name: window.menuBar().addMenu(tr("Menus", MENU_TITLES[name])) for name in MENUS}
    window.help_menu = menus["Help"]
    handlers = {
        Act.OPEN: window.choose_image,
        Act.OPEN_MODEL: window.choose_model,
        Act.EXPORT_PNG: lambda: window.choose_export("png"),
        Act.EXPORT_NPY: lambda: window.choose_export("npy"),
        Act.EXPORT_KERNEL: window.choose_kernel_export,
        Act.EXPORT_ANIMATION: lambda: _export_animation(window),
        Act.LOAD_KERNEL: window.choose_kernel_load,
        Act.SAVE_SESSION: window.choose_session_save,
        Act.LOAD_SESSION: window.choose_session_load,
        Act.LIVE_START: window.start_live,
        Act.LIVE_STOP: lambda: window.live.stop(),
        Act.SCREENSHOT: window.choose_screenshot,
        Act.QUIT: window.close,
        Act.RESET_VIEW: window.reset_view,
        Act.ZOOM_TO_PIN: window.zoom_to_pin,
        Act.COMPARE: window.keep_for_comparison,
        Act.FRAMEWORK_CODE: lambda: _framework_code(window),
        Act.TAB_LAYER: lambda: window.tabs.setCurrentIndex(0),
        Act.TAB_STEPPER: lambda: window.tabs.setCurrentIndex(1),
        Act.TAB_STACK: lambda: window.tabs.setCurrentIndex(2),
        Act.TAB_MODEL: window.show_model_tab,
        Act.EXPLAIN: window.show_explanation,
        Act.SHORTCUTS: lambda: window.help_window.show_shortcuts(),
        Act.ABOUT: window.about,
    }
    for act, spec in ACTIONS.items():
        action = QAction(tr("Actions", spec.text), window)
        if spec.shortcut:
            action.setShortcut(QKeySequence(spec.shortcut))
        action.setStatusTip(tr("Actions", spec.tip))
        action.setToolTip(tr("Actions", spec.tip))
        action.triggered.connect(handlers[act])
        menus[spec.menu].addAction(action)
        window.actions_by_id[act] = action
        if act is Act.OPEN:
            window.recent_menu = menus["File"].addMenu(tr("Menus", "Open &recent"))
            window.samples_menu = menus["File"].addMenu(tr("Menus", "Sa&mples"))
            for name in file_ops.sample_names():
                action = window.samples_menu.addAction(sample_title(name))
                action.setData(name)
                action.triggered.connect(lambda _=False, n=name: file_ops.open_sample(window, n))
            for path in file_ops.samples.bundled_samples():
                window.samples_menu.addAction(path.name, lambda p=path: file_ops.open_image(window, p))
            menus["File"].addSeparator()
    panels = window.dock_layout.add_panels_menu(menus["View"])
    toolbar = window.live_panel.toggleViewAction()
    toolbar.setText(tr("Menus", "Live camera toolbar"))
    toolbar.setStatusTip(tr("Menus", "Show or hide the live camera's controls."))
    panels.addAction(toolbar)
    menus["View"].addAction(tr("Menus", "Reset &layout"), window.reset_layout).setStatusTip(
        tr("Menus", "Show every panel where a first start puts it.")
    )
    toggles = view_menu.add_look_toggles(menus["View"], window.bridge.look, window._set_look)
    window.sqrt_action, window.per_map_action = toggles["sqrt_scale"], toggles["per_map"]
    window.scale_actions, window.theme_action = view_menu.add_presentation_menu(
        menus["View"], window, window.coords.setText
    )
    window.colormap_menu = menus["View"].addMenu(tr("Menus", "&Colour map"))
    group = QActionGroup(window)
    for name in colormaps.NAMES:
        action = window.colormap_menu.addAction(name, lambda n=name: window.set_colormap(n))
        action.setCheckable(True)
        action.setChecked(name == window.cmap_name)
        group.addAction(action)
    window.refresh_recent()
    stop = window.actions_by_id[Act.LIVE_STOP]
    stop.setEnabled(False)  # nothing to stop until live mode runs
    window.live.live.changed.connect(lambda name: stop.setEnabled(window.live.live.running))
    lessons_menu.install(window)  # the course notes' worked examples, before Help
    language_menu.install(menus["View"], window)


def _export_animation(window: MainWindow) -> None:
    from convviz.gui.stepper.animation_export import open_for_stepper  # Pillow drawing, loaded when asked

    open_for_stepper(window.stepper, window)


def _framework_code(window: MainWindow) -> None:
    """The stack on the Layer stack tab, else the explorer's layer (the stepper steps that one too)."""
    from convviz.gui.code_dialog import show_code
    from convviz.gui.shell.main_window import STACK_TAB  # (a module-level import would be circular)

    on_stack = window.tabs.currentIndex() == STACK_TAB
    window.code_dialog = show_code(window, window.stack_tab.stack if on_stack else window.state)
