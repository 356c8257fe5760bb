"""The application shell: the main window, menus, files, preferences, layout, errors."""
